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

import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.support.json.ProviderJson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the lifetime of a JSON Web Token a provider issued, for providers that hand out a bearer JWT without saying
 * how long it lives. The token is not verified (only its issuer can, and does, on every call); its claims only tell
 * the client when to renew it before the provider starts refusing it.
 */
public final class JsonWebTokens {

    private JsonWebTokens() {
    }

    /**
     * How long the token lives: {@code exp - iat} when it has both claims (immune to a difference between the two
     * machines' clocks), else {@code exp} less the local time. Empty when the token is not a JWT or has no
     * {@code exp}.
     */
    public static Optional<Duration> lifetime(String token, Clock clock) {
        JsonNode claims = claims(token);
        if (claims == null || !claims.path("exp").canConvertToLong()) {
            return Optional.empty();
        }
        Instant exp = Instant.ofEpochSecond(claims.path("exp").asLong());
        Instant from = claims.path("iat").canConvertToLong()
                ? Instant.ofEpochSecond(claims.path("iat").asLong()) : clock.instant();
        Duration lifetime = Duration.between(from, exp);
        return lifetime.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(lifetime);
    }

    /** A token that lives as long as its claims say, from now; with no known expiry when they do not say. */
    public static AccessToken toAccessToken(String token, Clock clock) {
        Instant now = clock.instant();
        return AccessToken.of(token, now, lifetime(token, clock).orElse(null));
    }

    private static JsonNode claims(String token) {
        if (token == null) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode node = ProviderJson.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            // not base64url or not JSON: an opaque token
            return null;
        }
    }
}
