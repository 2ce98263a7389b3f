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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.component.signaport.SignaportSignatureType;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Signaport licence API: {@code POST /api/v1/auth/get-token} with the licence key, password and imzaTipi in a JSON
 * body, {@code POST /api/license/validate} with a sign token (the call that spends a signature), and
 * {@code GET /api/License/check-quota/{licenseKey}} without authentication. Neither the password nor a token is ever
 * logged or put in an error; the licence key is shortened to its last characters in logs and errors.
 */
public final class SignaportApi {

    private static final Logger LOG = LoggerFactory.getLogger(SignaportApi.class);
    private static final String JSON = "application/json; charset=utf-8";
    static final String GET_TOKEN_PATH = "/api/v1/auth/get-token";
    static final String CHECK_QUOTA_PATH = "/api/License/check-quota/";
    static final String VALIDATE_PATH = "/api/license/validate";
    /** Where check-quota gives a date without an offset, it is Turkish time (the provider is in Turkey). */
    static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final String licenseKey;
    private final String password;
    private final Clock clock;
    private final ObjectMapper mapper = ProviderJson.mapper();

    public SignaportApi(ProviderHttpClient http, String baseUrl, String licenseKey, String password, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.licenseKey = licenseKey;
        this.password = password;
        this.clock = clock;
    }

    /**
     * Asks for one new sign token. Issuing costs nothing (validating the token spends the signature); nothing here
     * caches or repeats it.
     *
     * @throws ProviderException typed by Signaport's code; ambiguous when the request left and no readable answer came
     *                           back (a token may have been issued, and is lost)
     */
    public SignaportToken getToken(SignaportSignatureType type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("licenseKey", licenseKey);
        fields.put("password", password);
        fields.put("imzaTipi", type.imzaTipi());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException("cannot write the get-token request", e);
        }
        ProviderHttpRequest request = ProviderHttpRequest.post(URI.create(baseUrl + GET_TOKEN_PATH))
                .header("Accept", "application/json").body(body, JSON).idempotent(false).build();
        // lifetimes count from before the request left: our expiry is never later than Signaport's
        Instant sentAt = clock.instant();
        ProviderHttpResponse response;
        try {
            response = http.execute(request);
        } catch (ProviderAmbiguousResultException e) {
            throw lostToken(e.getDetails().toBuilder(), e.getCause());
        }
        JsonNode json = readJson(response);
        if (response.isSuccess() && json != null && !saysFailed(json)) {
            String sign = text(json.path("signToken"));
            long signSeconds = json.path("signExpiresIn").asLong(0);
            if (sign != null && !sign.isEmpty() && signSeconds > 0) {
                String access = text(json.path("accessToken"));
                long accessSeconds = json.path("accessExpiresIn").asLong(0);
                SignaportToken token = new SignaportToken(
                        AccessToken.of(sign, sentAt, Duration.ofSeconds(signSeconds)),
                        access == null || access.isEmpty() ? null
                                : AccessToken.of(access, sentAt, accessSeconds > 0 ? Duration.ofSeconds(accessSeconds)
                                        : null),
                        type, json.path("remainingQuota").isNumber() ? json.path("remainingQuota").asInt() : -1);
                LOG.debug("signaport issued a {} sign token for licence {}, valid until {}; {} signature(s) left",
                        type, maskedLicenseKey(), token.getSignTokenExpiresAt(), token.getRemainingQuota());
                return token;
            }
        }
        if (response.isSuccess() && (json == null || !saysFailed(json))) {
            throw lostToken(ProviderErrorDetails.of(SignaportErrors.PROVIDER).httpStatus(response.status())
                    .providerMessage("the answer to get-token holds no sign token"), null);
        }
        ProviderException error = refused("get-token", response, json, false);
        if (error instanceof ProviderAmbiguousResultException) {
            throw lostToken(error.getDetails().toBuilder(), null);
        }
        throw error;
    }

    /**
     * Validates (uses) one sign token: Signaport checks it and spends one signature of the licence ("Token'ı doğrular,
     * kontör düşürür"). Never repeated here: a second call with the same token is refused as already used.
     *
     * @param origin the requesting domain, checked by Signaport against the licence (optional, may be null)
     * @throws ProviderException typed by Signaport's message; ambiguous when the request left and no readable answer
     *                           came back (the token may have been used and its signature spent)
     */
    public SignaportValidation validate(String signToken, String origin) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("token", signToken);
        if (origin != null) {
            fields.put("origin", origin);
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException("cannot write the validate request", e);
        }
        ProviderHttpRequest request = ProviderHttpRequest.post(URI.create(baseUrl + VALIDATE_PATH))
                .header("Accept", "application/json").body(body, JSON).idempotent(false).build();
        ProviderHttpResponse response;
        try {
            response = http.execute(request);
        } catch (ProviderAmbiguousResultException e) {
            throw unknownUse(e.getDetails().toBuilder(), e.getCause());
        }
        JsonNode json = readJson(response);
        if (response.isSuccess() && json != null && json.path("success").asBoolean(false)) {
            SignaportValidation validation = new SignaportValidation(
                    json.path("usedQuota").isNumber() ? json.path("usedQuota").asInt() : -1,
                    json.path("remainingQuota").isNumber() ? json.path("remainingQuota").asInt() : -1,
                    text(json.path("message")));
            LOG.debug("signaport validated a sign token: {}", validation);
            return validation;
        }
        if (response.isSuccess() && (json == null || !saysFailed(json))) {
            throw unknownUse(ProviderErrorDetails.of(SignaportErrors.PROVIDER).httpStatus(response.status())
                    .providerMessage("the answer to validate says neither success nor failure"), null);
        }
        if (json == null && response.status() >= 500 && response.status() != 503) {
            throw unknownUse(ProviderErrorDetails.of(SignaportErrors.PROVIDER).httpStatus(response.status()), null);
        }
        ProviderException error = SignaportErrors.ofValidate(errorMessage(json), response.status(),
                response.rateLimit(null, clock));
        LOG.debug("signaport validate refused: {}", error.getMessage());
        throw error;
    }

    private static ProviderAmbiguousResultException unknownUse(ProviderErrorDetails.Builder details, Throwable cause) {
        return new ProviderAmbiguousResultException(details.remedy("The validate request left but no usable answer came"
                + " back: Signaport may have used the token and spent its signature. Do not validate it again (it"
                + " would be refused as used); check-quota shows whether the count moved").build(), cause);
    }

    /** The licence's quota, expiry and state. Needs no password; costs nothing. */
    public SignaportQuota checkQuota() {
        String target = "GET " + baseUrl + CHECK_QUOTA_PATH + maskedLicenseKey();
        ProviderHttpRequest request = ProviderHttpRequest.get(
                        URI.create(baseUrl + CHECK_QUOTA_PATH + encodePathSegment(licenseKey)))
                .header("Accept", "application/json").logTarget(target).build();
        ProviderHttpResponse response = http.execute(request);
        JsonNode json = readJson(response);
        if (response.isSuccess() && json != null && !saysFailed(json)) {
            JsonNode data = json.path("data");
            if (data.path("remainingQuota").isNumber()) {
                int remaining = data.path("remainingQuota").asInt();
                int total = data.path("totalQuota").asInt(remaining);
                SignaportQuota quota = new SignaportQuota(remaining, total,
                        data.path("usedQuota").asInt(total - remaining),
                        data.path("quotaPercentage").isNumber() ? data.path("quotaPercentage").decimalValue() : null,
                        expiryDate(text(data.path("expiryDate"))),
                        data.path("isActive").asBoolean(false), text(data.path("organizationName")));
                LOG.debug("signaport licence {}: {}", maskedLicenseKey(), quota);
                return quota;
            }
        }
        if (response.isSuccess() && (json == null || !saysFailed(json))) {
            throw new ProviderUnavailableException(ProviderErrorDetails.of(SignaportErrors.PROVIDER)
                    .httpStatus(response.status()).providerMessage("the answer to check-quota holds no quota")
                    .remedy("The query can be repeated; check baseUrl if it persists").build(), null);
        }
        if ((response.status() == 404 && errorCode(json) == null) || "LICENSE_NOT_FOUND".equals(errorCode(json))) {
            throw new ProviderAuthenticationException(ProviderErrorDetails.of(SignaportErrors.PROVIDER)
                    .httpStatus(response.status()).providerCode(errorCode(json)).providerMessage(errorMessage(json))
                    .remedy("Signaport knows no licence " + maskedLicenseKey() + ": check licenseKey (and that baseUrl"
                            + " is Signaport's)").build());
        }
        if (SignaportErrors.LICENSE_EXPIRED.equals(errorCode(json)) && json.path("data").isObject()) {
            // 410 carries when the licence ended and how long ago
            JsonNode data = json.path("data");
            throw new ProviderAuthenticationException(ProviderErrorDetails.of(SignaportErrors.PROVIDER)
                    .httpStatus(response.status()).providerCode(errorCode(json)).providerMessage(errorMessage(json))
                    .remedy("The licence " + maskedLicenseKey() + " ended at " + expiryDate(text(data.path("expiryDate")))
                            + (data.path("daysExpired").isNumber() ? ", " + data.path("daysExpired").asInt()
                                                                     + " day(s) ago" : "")
                            + "; renew it with Signaport").build());
        }
        throw refused("check-quota", response, json, true);
    }

    /** The licence key as logs and errors show it: its last four characters. */
    public String maskedLicenseKey() {
        return mask(licenseKey);
    }

    static String mask(String key) {
        if (key == null) {
            return null;
        }
        return key.length() <= 8 ? "xxxxxx" : "xxxxxx" + key.substring(key.length() - 4);
    }

    private ProviderException refused(String operation, ProviderHttpResponse response, JsonNode json,
                                      boolean idempotent) {
        Long retryAfter = json != null && json.path("retryAfter").canConvertToLong()
                          && json.path("retryAfter").isNumber() ? json.path("retryAfter").asLong() : null;
        RateLimitInfo rateLimit = response.rateLimit(retryAfter, clock);
        ProviderException error = SignaportErrors.of(errorCode(json), errorMessage(json), response.status(), rateLimit,
                idempotent);
        LOG.debug("signaport {} refused: {}", operation, error.getMessage());
        return error;
    }

    private static ProviderAmbiguousResultException lostToken(ProviderErrorDetails.Builder details, Throwable cause) {
        return new ProviderAmbiguousResultException(details.remedy("The get-token request left but no usable answer"
                + " came back: Signaport may have issued a token that never arrived. That token is lost, and costs"
                + " nothing (a signature is spent only when a token is validated); requesting a new one is safe").build(),
                cause);
    }

    private JsonNode readJson(ProviderHttpResponse response) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code "success": false}, whatever the HTTP status said. */
    private static boolean saysFailed(JsonNode json) {
        JsonNode success = json.path("success");
        return success.isBoolean() && !success.booleanValue();
    }

    private static String errorCode(JsonNode json) {
        return json == null ? null : text(json.path("error").path("code"));
    }

    private static String errorMessage(JsonNode json) {
        if (json == null) {
            return null;
        }
        String message = text(json.path("error").path("message"));
        return message != null ? message : text(json.path("message"));
    }

    private static String text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : null;
    }

    /**
     * check-quota's expiryDate: an ISO-8601 date-time with an offset, one without (Turkish time), or a date (the
     * licence runs to the end of that day, Turkish time). Null when absent or unreadable: the expiry is then unknown.
     */
    static Instant expiryDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            // no offset
        }
        try {
            return LocalDateTime.parse(v).atZone(TURKEY).toInstant();
        } catch (DateTimeException e) {
            // no time
        }
        try {
            return LocalDate.parse(v).plusDays(1).atStartOfDay(TURKEY).toInstant();
        } catch (DateTimeException e) {
            LOG.debug("signaport check-quota sent an expiryDate that is not ISO-8601: {}", v);
            return null;
        }
    }

    /** Percent-encodes everything but the unreserved characters, so the key stays one path segment. */
    static String encodePathSegment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
