/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.component.signaport.api;

import io.kopru.camel.component.signaport.SignaportSignatureType;
import io.kopru.camel.support.auth.AccessToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one get-token call returned: a sign token for one signing (5 minutes, accepted once), the access token that
 * came with it (15 minutes), and the signatures left. Lifetimes are counted from the moment the request was sent, so
 * the expiry instants are never later than Signaport's. {@link #toString()} never prints a token.
 */
public final class SignaportToken {

    private final AccessToken signToken;
    private final AccessToken accessToken;
    private final SignaportSignatureType signatureType;
    private final int remainingQuota;

    public SignaportToken(AccessToken signToken, AccessToken accessToken, SignaportSignatureType signatureType,
                          int remainingQuota) {
        this.signToken = Objects.requireNonNull(signToken, "signToken");
        this.accessToken = accessToken;
        this.signatureType = signatureType;
        this.remainingQuota = remainingQuota;
    }

    /** The sign token (imza token'ı) to give to the signing service, once. */
    public String getSignToken() {
        return signToken.getValue();
    }

    public Instant getSignTokenExpiresAt() {
        return signToken.getExpiresAt();
    }

    /** The access token, or null when Signaport sent none (the document says it is not used yet). */
    public String getAccessToken() {
        return accessToken == null ? null : accessToken.getValue();
    }

    public Instant getAccessTokenExpiresAt() {
        return accessToken == null ? null : accessToken.getExpiresAt();
    }

    /** When the request for this token was sent. */
    public Instant getIssuedAt() {
        return signToken.getIssuedAt();
    }

    public SignaportSignatureType getSignatureType() {
        return signatureType;
    }

    /** The signatures left on the licence after this token; -1 when Signaport did not say. */
    public int getRemainingQuota() {
        return remainingQuota;
    }

    /**
     * Whether the sign token can still be handed to a signing service at {@code now}: before its expiry less
     * {@code margin}, the time the signing call may take to arrive.
     */
    public boolean isSignTokenUsableAt(Instant now, Duration margin) {
        return now.isBefore(getSignTokenExpiresAt().minus(margin));
    }

    @Override
    public String toString() {
        return "SignaportToken[signToken=xxxxxx, signTokenExpiresAt=" + getSignTokenExpiresAt()
               + (accessToken != null ? ", accessToken=xxxxxx, accessTokenExpiresAt=" + getAccessTokenExpiresAt() : "")
               + ", signatureType=" + signatureType + ", remainingQuota=" + remainingQuota + "]";
    }
}
