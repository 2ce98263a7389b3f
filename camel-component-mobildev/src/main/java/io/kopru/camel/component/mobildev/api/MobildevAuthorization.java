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
package io.kopru.camel.component.mobildev.api;

import java.time.Instant;

/**
 * What exchange-code obtained: which consent now has a token, its scope and lifetime. The token itself stays in the
 * token store and never travels in the exchange.
 */
public final class MobildevAuthorization {

    private final String consentId;
    private final String scope;
    private final Instant issuedAt;
    private final Instant expiresAt;

    public MobildevAuthorization(String consentId, String scope, Instant issuedAt, Instant expiresAt) {
        this.consentId = consentId;
        this.scope = scope;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public String getConsentId() {
        return consentId;
    }

    /** The scopes granted, separated by spaces. */
    public String getScope() {
        return scope;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "MobildevAuthorization[consentId=" + consentId + ", scope=" + scope + ", expiresAt=" + expiresAt + "]";
    }
}
