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
import io.kopru.camel.component.restlink.RestlinkAuthMode;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.signing.UniqueSignatureTimestamps;
import io.kopru.camel.support.sms.SmsSendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Restlink SMS API over one authentication mode. Every attempt is a new request: in signed mode a new timestamp
 * and signature (never a pair used before, see {@link UniqueSignatureTimestamps}); in JWT mode the current token, and
 * after a 401 one new login and one more attempt.
 */
public final class RestlinkApi {

    static final String JSON = "application/json";
    static final String SEND = "/api/v1/sms/send";
    static final String STATS = "/api/v1/sms/stats";

    private static final Logger LOG = LoggerFactory.getLogger(RestlinkApi.class);
    /** A refused timestamp this far from the server's Date was refused for the clock, not for the secret. */
    private static final long SKEW_SECONDS = RestlinkSession.SIGNATURE_WINDOW.toSeconds() - 5;

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final RestlinkAuthMode mode;
    private final String apiKey;
    private final RestlinkSigner signer;
    private final RestlinkSession session;
    private final Duration maxWait;

    /**
     * @param secretKey the API secret, for signed mode
     * @param maxWait   how long an identical signed request may wait for the next free second
     */
    public RestlinkApi(ProviderHttpClient http, String baseUrl, RestlinkAuthMode mode, String apiKey, String secretKey,
                       RestlinkSession session, Duration maxWait) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.mode = mode;
        this.apiKey = apiKey;
        this.signer = mode == RestlinkAuthMode.SIGNED_API_KEY ? new RestlinkSigner(secretKey) : null;
        this.session = session;
        this.maxWait = maxWait;
    }

    /** Sends one message; a lost answer makes it ambiguous, never repeated. */
    public SmsSendResult send(RestlinkSmsRequest request) throws Exception {
        JsonNode answer = call("POST", SEND, null, request.body(), false);
        JsonNode data = answer.path("data").isObject() ? answer.path("data") : answer;
        String id = firstText(data, "message_id", "id", "messageId");
        if (id == null) {
            throw new ProviderAmbiguousResultException(ProviderErrorDetails.of(RestlinkErrors.PROVIDER).httpStatus(200)
                    .providerMessage("the answer has no message id")
                    .remedy("The message may have been accepted; check the stats or the portal before sending it"
                            + " again").build(), null);
        }
        LOG.debug("restlink accepted message {} for {} recipient(s)", id, request.recipientCount());
        return new SmsSendResult(RestlinkErrors.PROVIDER, id, request.recipientCount(), request.segments());
    }

    public RestlinkStats stats(String period) throws Exception {
        JsonNode answer = call("GET", STATS, "period=" + URLEncoder.encode(period, StandardCharsets.UTF_8), null,
                true);
        JsonNode data = answer.path("data").isObject() ? answer.path("data") : answer;
        @SuppressWarnings("unchecked")
        Map<String, Object> values = ProviderJson.mapper().convertValue(data, LinkedHashMap.class);
        values.remove("status");
        return new RestlinkStats(period, values);
    }

    /** The account's JWT, logging in when there is none or it is about to expire (JWT mode only). */
    public AccessToken login() throws Exception {
        if (session.tokens() == null) {
            throw new IllegalStateException("login is for JWT mode (username and password)");
        }
        return session.tokens().get();
    }

    private JsonNode call(String method, String path, String query, byte[] body, boolean idempotent)
            throws Exception {
        URI uri = URI.create(baseUrl + path + (query == null ? "" : "?" + query));
        switch (mode) {
            case JWT:
                return session.tokens().call(token -> interpret(http.execute(request(method, uri, body, idempotent)
                        .header("Authorization", "Bearer " + token.getValue()).build()), idempotent));
            case SIGNED_API_KEY:
                return signedCall(method, uri, body, idempotent);
            default:
                return interpret(http.execute(request(method, uri, body, idempotent).header("X-API-Key", apiKey)
                        .build()), idempotent);
        }
    }

    /**
     * One signed attempt, and a second only when the first was refused for its timestamp: the server's Date shows the
     * local clock outside the 5-minute window. The clock then adopts the server's time for every later request.
     */
    private JsonNode signedCall(String method, URI uri, byte[] body, boolean idempotent) throws Exception {
        for (int attempt = 1; ; attempt++) {
            UniqueSignatureTimestamps.Stamp stamp = session.timestamps().sign(session.clock(),
                    ts -> signer.sign(method, uri.getRawPath(), ts, body), maxWait);
            ProviderHttpResponse response = http.execute(request(method, uri, body, idempotent)
                    .header("X-API-Key", apiKey)
                    .header("X-Timestamp", Long.toString(stamp.epochSecond()))
                    .header("X-Signature", stamp.signature()).build());
            if (attempt == 1 && response.status() == 401 && "INVALID_SIGNATURE".equals(RestlinkErrors.code(response))
                && isClockSkew(response.header("Date"), stamp.epochSecond())) {
                session.clock().correctFrom(response.header("Date"));
                LOG.info("restlink refused a timestamp {} s away from its own clock; adopting the server's time and"
                         + " signing again", session.clock().offset().toSeconds());
                continue;
            }
            return interpret(response, idempotent);
        }
    }

    private static boolean isClockSkew(String date, long timestamp) {
        if (date == null) {
            return false;
        }
        try {
            long server = ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            return Math.abs(server - timestamp) > SKEW_SECONDS;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static ProviderHttpRequest.Builder request(String method, URI uri, byte[] body, boolean idempotent) {
        ProviderHttpRequest.Builder b = ProviderHttpRequest.method(method, uri).header("Accept", JSON)
                .idempotent(idempotent);
        return body == null ? b : b.body(body, JSON);
    }

    /** The JSON of a 2xx answer, or the typed error of any other. */
    private JsonNode interpret(ProviderHttpResponse response, boolean idempotent) {
        if (!response.isSuccess()) {
            throw RestlinkErrors.of(response, idempotent, session.clock());
        }
        JsonNode json;
        try {
            json = ProviderJson.mapper().readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject() || json.path("status").isBoolean() && !json.path("status").asBoolean()) {
            ProviderErrorDetails details = ProviderErrorDetails.of(RestlinkErrors.PROVIDER)
                    .httpStatus(response.status()).providerMessage("the answer is not Restlink's JSON")
                    .remedy(idempotent ? "The query can be repeated"
                            : "The message may have been accepted; check the stats or the portal before sending it"
                              + " again")
                    .build();
            throw idempotent ? new ProviderUnavailableException(details, null)
                    : new ProviderAmbiguousResultException(details, null);
        }
        return json;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.path(f);
            if ((v.isTextual() || v.isNumber()) && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return null;
    }
}
