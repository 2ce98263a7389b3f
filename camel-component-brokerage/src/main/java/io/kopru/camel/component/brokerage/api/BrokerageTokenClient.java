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
package io.kopru.camel.component.brokerage.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.auth.TokenClient;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The Integration API's token endpoints, both with {@code X-Target-Server: authentication}:
 * {@code POST /api/v1/integration/auth/authenticate} with the API key and secret key (in the JSON body, or in
 * {@code Api-Key} / {@code Api-Secret}), and {@code POST /api/v1/integration/auth/refresh} with the refresh token.
 * The access token's lifetime is taken from {@code expires_in} and the local clock (immune to a difference between
 * the two machines' clocks), else {@code expires_at}; the refresh token lives seven days, as documented.
 */
public final class BrokerageTokenClient implements TokenClient {

    static final String AUTHENTICATE = "/api/v1/integration/auth/authenticate";
    static final String REFRESH = "/api/v1/integration/auth/refresh";
    /** The documents: a refresh token is valid for seven days. */
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);
    /** The longest access-token lifetime believed; a longer expires_in is read as this. */
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final String secretKey;
    private final boolean credentialsInHeaders;
    private final Clock clock;

    public BrokerageTokenClient(ProviderHttpClient http, String baseUrl, String apiKey, String secretKey,
                                boolean credentialsInHeaders, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        this.credentialsInHeaders = credentialsInHeaders;
        this.clock = clock;
    }

    @Override
    public AccessToken authenticate() {
        ProviderHttpRequest.Builder request = tokenRequest(AUTHENTICATE);
        if (credentialsInHeaders) {
            request.header("Api-Key", apiKey).header("Api-Secret", secretKey);
        } else {
            request.body(json(Map.of("api_key", apiKey, "secret_key", secretKey)), BrokerageApi.JSON);
        }
        Instant now = clock.instant();
        JsonNode answer = exchange(request.build());
        return token(answer, now).withRefreshToken(text(answer, "refresh_token"), now.plus(REFRESH_TOKEN_LIFETIME));
    }

    /**
     * A new access token for the same refresh token. A refused refresh token (401 {@code REFRESH_TOKEN_EXPIRED}) is an
     * authentication error, on which the token manager authenticates again.
     */
    @Override
    public AccessToken refresh(AccessToken current) {
        Instant now = clock.instant();
        JsonNode answer = exchange(tokenRequest(REFRESH)
                .body(json(Map.of("refresh_token", current.getRefreshToken())), BrokerageApi.JSON).build());
        String refreshToken = text(answer, "refresh_token");
        if (refreshToken == null || refreshToken.equals(current.getRefreshToken())) {
            return token(answer, now).withRefreshToken(current.getRefreshToken(), current.getRefreshExpiresAt());
        }
        // the platform rotated the refresh token: a new seven days
        return token(answer, now).withRefreshToken(refreshToken, now.plus(REFRESH_TOKEN_LIFETIME));
    }

    private ProviderHttpRequest.Builder tokenRequest(String path) {
        // asking for a token changes nothing: repeating it after a lost answer is harmless
        return ProviderHttpRequest.post(URI.create(baseUrl + path)).header("X-Target-Server", "authentication")
                .header("Accept", BrokerageApi.JSON).idempotent(true);
    }

    private JsonNode exchange(ProviderHttpRequest request) {
        ProviderHttpResponse response = http.execute(request);
        if (!response.isSuccess()) {
            throw BrokerageErrors.of(response, true, clock);
        }
        JsonNode answer = BrokerageErrors.parse(response);
        if (text(answer, "access_token") == null) {
            throw new ProviderUnavailableException(ProviderErrorDetails.of(BrokerageErrors.PROVIDER)
                    .httpStatus(response.status()).providerMessage("the token answer has no access_token")
                    .remedy("Check baseUrl points at the platform; the token request can be repeated").build(), null);
        }
        return answer;
    }

    private AccessToken token(JsonNode answer, Instant now) {
        Instant expiresAt = null;
        if (answer.path("expires_in").canConvertToLong()) {
            // clamped: a hostile or broken answer (Long.MAX_VALUE, found by fuzzing) must not overflow the instant
            long seconds = Math.max(0, Math.min(answer.path("expires_in").asLong(), MAX_LIFETIME.toSeconds()));
            expiresAt = now.plusSeconds(seconds);
        } else if (answer.path("expires_at").isTextual()) {
            try {
                expiresAt = Instant.parse(answer.path("expires_at").asText());
            } catch (DateTimeException e) {
                expiresAt = null; // used until the API refuses it
            }
        }
        return new AccessToken(text(answer, "access_token"), now, expiresAt, null, null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
    }

    private static byte[] json(Map<String, String> fields) {
        try {
            return ProviderJson.mapper().writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "BrokerageTokenClient[" + baseUrl + "]";
    }
}
