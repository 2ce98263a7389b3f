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

import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * Restlink's error answers as typed errors. The documents name {@code SIGNATURE_REQUIRED} and
 * {@code INVALID_SIGNATURE} (both 401); the other codes are the ones the sandbox answers with, and any code is read
 * from {@code {"error":{"code","message"}}} (or a flat {@code code} / {@code message}). The type follows the HTTP
 * status, so a code this class does not know is still typed correctly; the known codes add what to do.
 */
public final class RestlinkErrors {

    public static final String PROVIDER = "restlink";

    static final Map<String, String> REMEDIES = Map.ofEntries(
            Map.entry("SIGNATURE_REQUIRED", "This API key was created with signature verification: set"
                                            + " signRequests=true and secretKey to the API secret shown when the key"
                                            + " was created"),
            Map.entry("INVALID_SIGNATURE", "Check that secretKey is the API secret of this very key, copied without"
                                           + " spaces. A timestamp more than 5 minutes from the server's time is"
                                           + " refused too (the component corrects a larger clock skew from the"
                                           + " server's Date header and retries once), and so is a timestamp and"
                                           + " signature pair used before: another process sending the identical"
                                           + " request with the same key in the same second"),
            Map.entry("INVALID_API_KEY", "The API key is unknown or revoked; create a key in the portal (Settings >"
                                         + " API Keys) and set it as apiKey"),
            Map.entry("AUTHENTICATION_REQUIRED", "Set apiKey, or username and password"),
            Map.entry("INVALID_CREDENTIALS", "username and password are the portal login; check them in the portal"),
            Map.entry("TOKEN_EXPIRED", "The JWT expired; the component logs in again once by itself"),
            Map.entry("INVALID_TOKEN", "The JWT was refused; the component logs in again once by itself. If this"
                                       + " persists, the password may have been changed"),
            Map.entry("INSUFFICIENT_PERMISSIONS", "Give the API key the permission in the portal (API keys &"
                                                  + " permissions), or use a key that has it"),
            Map.entry("INSUFFICIENT_BALANCE", "Top up the account; nothing was sent"),
            Map.entry("RATE_LIMIT_EXCEEDED", "Too many requests; wait as asked (the rateLimit option keeps a route"
                                             + " under the limit)"),
            Map.entry("VALIDATION_ERROR", "The API refused a field of the request; the message says which"),
            Map.entry("SERVICE_UNAVAILABLE", "The API is temporarily out of service; nothing was accepted"));

    private RestlinkErrors() {
    }

    /** The typed error for a non-2xx answer. */
    public static ProviderException of(ProviderHttpResponse response, boolean idempotent, Clock clock) {
        JsonNode body = parse(response);
        String code = code(body);
        String message = message(body);
        ProviderErrorDetails details = ProviderErrorDetails.of(PROVIDER).httpStatus(response.status())
                .providerCode(code).providerMessage(message)
                .remedy(code != null ? REMEDIES.get(code) : null).build();
        Long retryAfter = body != null && body.path("retryAfter").canConvertToLong()
                ? body.path("retryAfter").asLong() : null;
        RateLimitInfo rateLimit = response.rateLimit(retryAfter, clock);
        return HttpFailures.fromStatus(details, rateLimit, idempotent);
    }

    /** The error code of an answer, or null. */
    public static String code(ProviderHttpResponse response) {
        return code(parse(response));
    }

    static JsonNode parse(ProviderHttpResponse response) {
        try {
            JsonNode node = ProviderJson.mapper().readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String code(JsonNode body) {
        if (body == null) {
            return null;
        }
        JsonNode error = body.path("error");
        if (error.path("code").isTextual()) {
            return error.path("code").asText();
        }
        if (error.isTextual()) {
            return error.asText();
        }
        return body.path("code").isTextual() ? body.path("code").asText() : null;
    }

    private static String message(JsonNode body) {
        if (body == null) {
            return null;
        }
        JsonNode error = body.path("error");
        if (error.path("message").isTextual()) {
            return error.path("message").asText();
        }
        return body.path("message").isTextual() ? body.path("message").asText() : null;
    }
}
