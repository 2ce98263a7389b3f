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
package io.kopru.camel.support.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token with its expiry and, where the provider has one, a refresh token. {@link #toString()} never prints
 * either token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AccessToken {

    private final String value;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final String refreshToken;
    private final Instant refreshExpiresAt;
    private final String scope;

    @JsonCreator
    public AccessToken(@JsonProperty("value") String value, @JsonProperty("issuedAt") Instant issuedAt,
                       @JsonProperty("expiresAt") Instant expiresAt, @JsonProperty("refreshToken") String refreshToken,
                       @JsonProperty("refreshExpiresAt") Instant refreshExpiresAt, @JsonProperty("scope") String scope) {
        this.value = Objects.requireNonNull(value, "value");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = expiresAt;
        this.refreshToken = refreshToken;
        this.refreshExpiresAt = refreshExpiresAt;
        this.scope = scope;
    }

    /** A token that lives {@code lifetime} from {@code issuedAt}, with no refresh token. */
    public static AccessToken of(String value, Instant issuedAt, Duration lifetime) {
        return new AccessToken(value, issuedAt, lifetime == null ? null : issuedAt.plus(lifetime), null, null, null);
    }

    public AccessToken withRefreshToken(String refreshToken, Instant refreshExpiresAt) {
        return new AccessToken(value, issuedAt, expiresAt, refreshToken, refreshExpiresAt, scope);
    }

    public AccessToken withScope(String scope) {
        return new AccessToken(value, issuedAt, expiresAt, refreshToken, refreshExpiresAt, scope);
    }

    /** The same token marked as expired now, keeping its refresh token. */
    public AccessToken expired() {
        return new AccessToken(value, issuedAt, issuedAt, refreshToken, refreshExpiresAt, scope);
    }

    public String getValue() {
        return value;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** When the provider stops accepting it; null when the provider did not say. */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    /** When the refresh token stops working; null when unknown (then a refresh is tried, and a login follows a failure). */
    public Instant getRefreshExpiresAt() {
        return refreshExpiresAt;
    }

    public String getScope() {
        return scope;
    }

    /**
     * True while the token can still be sent: before its expiry less a safety margin, so that it does not expire on
     * the way. The margin shrinks to a fifth of the lifetime for short-lived tokens.
     */
    @JsonIgnore
    public boolean isUsableAt(Instant now, Duration margin) {
        if (expiresAt == null) {
            return true;
        }
        Duration lifetime = Duration.between(issuedAt, expiresAt);
        Duration effective = margin.compareTo(lifetime.dividedBy(5)) > 0 ? lifetime.dividedBy(5) : margin;
        return now.isBefore(expiresAt.minus(effective));
    }

    @JsonIgnore
    public boolean canRefreshAt(Instant now) {
        return refreshToken != null && (refreshExpiresAt == null || now.isBefore(refreshExpiresAt));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AccessToken)) {
            return false;
        }
        AccessToken that = (AccessToken) o;
        return value.equals(that.value) && issuedAt.equals(that.issuedAt) && Objects.equals(expiresAt, that.expiresAt)
               && Objects.equals(refreshToken, that.refreshToken)
               && Objects.equals(refreshExpiresAt, that.refreshExpiresAt) && Objects.equals(scope, that.scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, issuedAt, expiresAt, refreshToken, refreshExpiresAt, scope);
    }

    @Override
    public String toString() {
        return "AccessToken[value=xxxxxx, issuedAt=" + issuedAt + ", expiresAt=" + expiresAt
               + (refreshToken != null ? ", refreshToken=xxxxxx, refreshExpiresAt=" + refreshExpiresAt : "")
               + (scope != null ? ", scope=" + scope : "") + "]";
    }
}
