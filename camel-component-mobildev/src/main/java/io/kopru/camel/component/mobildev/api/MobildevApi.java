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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import io.kopru.camel.support.sms.DeliveryReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mobildev's HTTP API: the signed transactional calls, the bearer campaign calls and the token endpoint. Every call
 * is one attempt, built afresh; the only repetition is the one the guide invites: after {@code timestamp_expired},
 * the clock adopts the server's {@code Date} and the request is signed again, with a new nonce and timestamp, once.
 * Nothing here logs a key, a secret, a signature, a code or a token.
 */
public final class MobildevApi {

    private static final Logger LOG = LoggerFactory.getLogger(MobildevApi.class);
    static final String TRANSACTIONAL_SEND = "/v1/transactional/send";
    static final String TRANSACTIONAL_STATUS = "/v1/transactional/status/";
    static final String CAMPAIGN_SEND = "/v1/campaign/send";
    static final String CAMPAIGN_STATUS = "/v1/campaign/status/";
    static final String TOKEN = "/oauth/token";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern LEGACY_CODE = Pattern.compile("\\d{1,4}");

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final boolean json;
    private final MobildevSigner signer;
    private final Clock clock;
    private final ObjectMapper mapper = ProviderJson.mapper();

    /** What Mobildev said when it accepted a submission. */
    public static final class Accepted {
        private final String id;
        private final RateLimitInfo rateLimit;

        Accepted(String id, RateLimitInfo rateLimit) {
            this.id = id;
            this.rateLimit = rateLimit;
        }

        public String id() {
            return id;
        }

        /** The {@code X-RateLimit-*} values of the answer. */
        public RateLimitInfo rateLimit() {
            return rateLimit;
        }
    }

    /**
     * @param signer null for the campaign and OAuth operations, which do not sign
     */
    public MobildevApi(ProviderHttpClient http, String baseUrl, boolean json, MobildevSigner signer, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.json = json;
        this.signer = signer;
        this.clock = clock;
    }

    // ---- transactional

    public Accepted sendTransactional(MobildevBatch batch) {
        return accepted(signed("POST", TRANSACTIONAL_SEND, body(batch), false));
    }

    public List<DeliveryReport> transactionalStatus(String id) {
        String path = TRANSACTIONAL_STATUS + checkedId(id);
        return reports(signed("GET", path, null, true), id);
    }

    /** Sends once, and once more after {@code timestamp_expired} with the clock corrected from {@code Date}. */
    private ProviderHttpResponse signed(String method, String path, byte[] body, boolean idempotent) {
        for (int attempt = 1; ; attempt++) {
            ProviderHttpRequest.Builder request = request(method, path, body, idempotent);
            signer.sign(request, method, path, body);
            ProviderHttpResponse response = http.execute(request.build());
            if (attempt == 1 && response.status() == 401 && "timestamp_expired".equals(errorCode(response))
                && signer.clock().correctFrom(response.header("Date"))) {
                LOG.info("Mobildev refused the request timestamp; this clock is {} s off Mobildev's: adopting the"
                         + " server's Date and signing once more with a new nonce",
                        -signer.clock().offset().toSeconds());
                continue;
            }
            return response;
        }
    }

    // ---- campaign

    public Accepted sendCampaign(AccessToken token, MobildevBatch batch) {
        ProviderHttpRequest.Builder request = request("POST", CAMPAIGN_SEND, body(batch), false);
        request.header("Authorization", "Bearer " + token.getValue());
        return accepted(http.execute(request.build()));
    }

    public List<DeliveryReport> campaignStatus(AccessToken token, String id) {
        ProviderHttpRequest.Builder request = request("GET", CAMPAIGN_STATUS + checkedId(id), null, true);
        request.header("Authorization", "Bearer " + token.getValue());
        return reports(http.execute(request.build()), id);
    }

    // ---- OAuth2

    /**
     * {@code POST /oauth/token} with {@code grant_type=authorization_code} and HTTP Basic client authentication. Not
     * idempotent: a code is single use, so an exchange whose answer is lost may have consumed it.
     */
    public AccessToken exchangeCode(String clientId, String clientSecret, String redirectUri, String code) {
        Instant requested = clock.instant();
        String form = "grant_type=authorization_code&code=" + form(code) + "&redirect_uri=" + form(redirectUri)
                      + "&client_id=" + form(clientId);
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        ProviderHttpResponse response = http.execute(ProviderHttpRequest.post(URI.create(baseUrl + TOKEN))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .body(form, "application/x-www-form-urlencoded; charset=UTF-8").idempotent(false).build());
        JsonNode answer = jsonOrNull(response);
        RateLimitInfo rateLimit = response.rateLimit(null, clock);
        if (!response.isSuccess()) {
            throw failure(response, answer, rateLimit, false);
        }
        String value = answer == null ? null : textOrNull(answer.path("access_token"));
        if (value == null || value.isEmpty()
            || !"bearer".equalsIgnoreCase(answer.path("token_type").asText("bearer"))) {
            // never quote the body: it may hold a token
            throw new ProviderAmbiguousResultException(ProviderErrorDetails.of(MobildevErrors.PROVIDER)
                    .httpStatus(response.status()).providerMessage("the token answer has no bearer access_token")
                    .remedy("The code may have been used up; a person must authorize again").build(), null);
        }
        long expiresIn = answer.path("expires_in").asLong(0);
        AccessToken token = AccessToken.of(value, requested, expiresIn > 0 ? Duration.ofSeconds(expiresIn) : null);
        String scope = textOrNull(answer.path("scope"));
        return scope == null ? token : token.withScope(scope);
    }

    // ---- answers

    private Accepted accepted(ProviderHttpResponse response) {
        RateLimitInfo rateLimit = response.rateLimit(null, clock);
        String text = response.bodyAsString().trim();
        JsonNode answer = jsonOrNull(response);
        if (!response.isSuccess()) {
            throw failure(response, answer, rateLimit, false);
        }
        if (text.regionMatches(true, 0, "ID:", 0, 3) && ID.matcher(text.substring(3).trim()).matches()) {
            return new Accepted(text.substring(3).trim(), rateLimit);
        }
        if (answer != null && answer.path("success").asBoolean(false)) {
            for (String field : new String[] {"id", "campaign_id", "message_id"}) {
                String id = textOrNull(answer.path(field));
                if (id != null && ID.matcher(id).matches()) {
                    return new Accepted(id, rateLimit);
                }
            }
        }
        if (answer != null && answer.hasNonNull("error")) {
            throw failure(response, answer, rateLimit, false);
        }
        if (LEGACY_CODE.matcher(text).matches()) {
            throw MobildevErrors.legacy(text, response.status());
        }
        throw new ProviderAmbiguousResultException(ProviderErrorDetails.of(MobildevErrors.PROVIDER)
                .httpStatus(response.status()).providerMessage("the answer carries no ID")
                .remedy("The submission may have been accepted; query its status before sending it again").build(),
                null);
    }

    private List<DeliveryReport> reports(ProviderHttpResponse response, String id) {
        JsonNode answer = jsonOrNull(response);
        if (!response.isSuccess()) {
            throw failure(response, answer, response.rateLimit(null, clock), true);
        }
        String text = response.bodyAsString().trim();
        if (!MobildevReportLines.NOT_PROCESSED_YET.equals(text) && LEGACY_CODE.matcher(text).matches()) {
            throw MobildevErrors.legacy(text, response.status());
        }
        if (answer != null && answer.hasNonNull("error")) {
            throw failure(response, answer, RateLimitInfo.NONE, true);
        }
        return MobildevReportLines.parse(text, List.of(id), clock.instant());
    }

    private static ProviderException failure(ProviderHttpResponse response, JsonNode answer, RateLimitInfo rateLimit,
                                             boolean idempotent) {
        String error = answer == null ? null : textOrNull(answer.path("error"));
        if (error != null) {
            String message = textOrNull(answer.path("error_description"));
            if (message == null) {
                message = textOrNull(answer.path("message"));
            }
            return MobildevErrors.of(error, message, response.status(), rateLimit, idempotent);
        }
        String text = response.bodyAsString().trim();
        if (LEGACY_CODE.matcher(text).matches()) {
            return MobildevErrors.legacy(text, response.status());
        }
        return HttpFailures.fromStatus(ProviderErrorDetails.of(MobildevErrors.PROVIDER).httpStatus(response.status())
                .providerMessage("an answer that is not Mobildev's")
                .remedy(idempotent ? "The query can be repeated"
                        : "The request may have been accepted if the status is a server error; query the status"
                          + " before sending it again").build(), rateLimit, idempotent);
    }

    // ---- helpers

    private ProviderHttpRequest.Builder request(String method, String path, byte[] body, boolean idempotent) {
        ProviderHttpRequest.Builder request = ProviderHttpRequest.method(method, URI.create(baseUrl + path))
                .header("Accept", json ? "application/json, text/plain" : "application/xml, text/plain").idempotent(idempotent);
        if (body != null) {
            request.body(body, json ? "application/json; charset=UTF-8" : "application/xml; charset=UTF-8");
        }
        return request;
    }

    private byte[] body(MobildevBatch batch) {
        return json ? MobildevBodies.json(batch) : MobildevBodies.xml(batch);
    }

    private static String checkedId(String id) {
        if (id == null || !ID.matcher(id.trim()).matches()) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, "'" + id + "' is not a Mobildev id (the"
                                                                           + " digits after ID:)");
        }
        return id.trim();
    }

    private String errorCode(ProviderHttpResponse response) {
        JsonNode answer = jsonOrNull(response);
        return answer == null ? null : textOrNull(answer.path("error"));
    }

    private JsonNode jsonOrNull(ProviderHttpResponse response) {
        byte[] body = response.body();
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length || body[i] != '{') {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : null;
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
