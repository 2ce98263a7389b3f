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

import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * The Integration API's error answers, {@code {"error":{"code","message"}}}, as typed errors. The documents name
 * {@code INVALID_API_KEY} and {@code REFRESH_TOKEN_EXPIRED} (both 401); the type follows the HTTP status, so every
 * other code is typed too, and the known ones add what to do.
 */
public final class BrokerageErrors {

    public static final String PROVIDER = "brokerage";

    static final Map<String, String> REMEDIES = Map.ofEntries(
            Map.entry("INVALID_API_KEY", "apiKey and secretKey must be the API Key and Secret Key from the Brokerage"
                                         + " platform, copied without spaces"),
            Map.entry("REFRESH_TOKEN_EXPIRED", "The refresh token lives seven days; the component authenticates"
                                               + " again by itself"),
            Map.entry("INVALID_REFRESH_TOKEN", "The refresh token was not recognised; the component authenticates"
                                               + " again by itself"),
            Map.entry("TOKEN_EXPIRED", "The access token expired; the component renews it and repeats the call"
                                       + " once"),
            Map.entry("INVALID_TOKEN", "The access token was refused; the component renews it and repeats the call"
                                       + " once. If this persists, the credentials may have been revoked"),
            Map.entry("UNAUTHORIZED", "The call reached the API without a token; check a proxy is not removing the"
                                      + " Authorization header"),
            Map.entry("INVALID_TARGET_SERVER", "The X-Target-Server header was refused; check baseUrl points at the"
                                               + " platform's gateway"),
            Map.entry("NOT_FOUND", "No such resource; check the path (relative to /api/v1/integration) and the id"),
            Map.entry("VALIDATION_ERROR", "The API refused a field of the request; the message says which"));

    private BrokerageErrors() {
    }

    /** The typed error of a non-2xx answer. */
    public static ProviderException of(ProviderHttpResponse response, boolean idempotent, Clock clock) {
        JsonNode error = parse(response).path("error");
        String code = error.path("code").isTextual() ? error.path("code").asText() : null;
        String message = error.path("message").isTextual() ? error.path("message").asText() : null;
        ProviderErrorDetails details = ProviderErrorDetails.of(PROVIDER).httpStatus(response.status())
                .providerCode(code).providerMessage(message).remedy(code == null ? null : REMEDIES.get(code)).build();
        return HttpFailures.fromStatus(details, response.rateLimit(null, clock), idempotent);
    }

    static JsonNode parse(ProviderHttpResponse response) {
        try {
            JsonNode node = ProviderJson.mapper().readTree(response.body());
            return node == null ? ProviderJson.mapper().missingNode() : node;
        } catch (IOException e) {
            return ProviderJson.mapper().missingNode();
        }
    }
}
