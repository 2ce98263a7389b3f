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
package io.kopru.camel.component.restlink.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.auth.JsonWebTokens;
import io.kopru.camel.support.auth.TokenClient;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

/**
 * The JWT login: {@code POST /api/v1/user/auth} with {@code {"login","password"}}, answered with
 * {@code {"status":true,"token":"eyJ..."}}. The answer gives no lifetime; the token's own {@code exp} claim does, and
 * when it has none the token is used until the API refuses it (then the {@code TokenManager} logs in again once).
 */
public final class RestlinkLogin implements TokenClient {

    static final String PATH = "/api/v1/user/auth";

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final String username;
    private final String password;
    private final Clock clock;

    public RestlinkLogin(ProviderHttpClient http, String baseUrl, String username, String password, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
        this.clock = clock;
    }

    @Override
    public AccessToken authenticate() {
        ObjectNode credentials = ProviderJson.mapper().createObjectNode().put("login", username)
                .put("password", password);
        byte[] body;
        try {
            body = ProviderJson.mapper().writeValueAsBytes(credentials);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the login request", e);
        }
        // a login changes nothing: repeating it after a lost answer is harmless
        ProviderHttpResponse response = http.execute(ProviderHttpRequest.post(URI.create(baseUrl + PATH))
                .header("Accept", "application/json").body(body, RestlinkApi.JSON).idempotent(true).build());
        if (!response.isSuccess()) {
            throw RestlinkErrors.of(response, true, clock);
        }
        JsonNode answer;
        try {
            answer = ProviderJson.mapper().readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.path("status").asBoolean(false) || !answer.path("token").isTextual()
            || answer.path("token").asText().isEmpty()) {
            throw new ProviderUnavailableException(ProviderErrorDetails.of(RestlinkErrors.PROVIDER)
                    .httpStatus(response.status()).providerMessage("the login answer has no token")
                    .remedy("Check baseUrl; the login can be repeated").build(), null);
        }
        return JsonWebTokens.toAccessToken(answer.path("token").asText(), clock);
    }

    @Override
    public String toString() {
        return "RestlinkLogin[" + baseUrl + "]";
    }
}
