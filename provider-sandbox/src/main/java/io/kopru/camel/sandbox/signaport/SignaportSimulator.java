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
package io.kopru.camel.sandbox.signaport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.SlidingWindowLimit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Signaport's licence API as its documents (get-token, validate, check-quota, authentication, error codes at
 * docs.signaport.com) describe it, at least as strict as the real one:
 * <ul>
 * <li>{@code POST /api/v1/auth/get-token} takes exactly {@code licenseKey}, {@code password} and an integer
 * {@code imzaTipi} of 0 or 1 in a JSON body sent as {@code application/json}; anything else is {@code INVALID_REQUEST},
 * an unknown field too;</li>
 * <li>the licence must exist with that password ({@code INVALID_CREDENTIALS}), not be expired
 * ({@code LICENSE_EXPIRED}, by the shared sandbox clock) nor inactive ({@code LICENSE_INACTIVE}), and have quota
 * left ({@code INSUFFICIENT_QUOTA}, HTTP 400 as documented); issuing a token spends nothing;</li>
 * <li>a sign token is a JWT with the documented payload {@code {firma_id, firma_adi, token_id, imza_tipi, iat, exp}},
 * valid 5 minutes and accepted once; an access token lives 15 minutes;</li>
 * <li>at most 10 get-token calls a minute from one address, in any sliding minute, refused ones included; the 11th
 * answers 429 with the documented body and its {@code retryAfter} (no headers: the document shows none);</li>
 * <li>{@code POST /api/license/validate} with {@code {"token", "origin"}} ("Token'ı doğrular, kontör düşürür"): the
 * one call that spends a signature; answers {@code usedQuota}/{@code remainingQuota}; its errors carry only
 * {@code message}, with the documented statuses;</li>
 * <li>{@code GET /api/License/check-quota/{licenseKey}}, no authentication, returns the licence's quota
 * ({@code quotaPercentage} the share left), expiry (with an offset) and state, or 404 {@code LICENSE_NOT_FOUND},
 * 410 {@code LICENSE_EXPIRED} (with {@code data.expiryDate}, {@code data.daysExpired}), 403 {@code LICENSE_INACTIVE},
 * 429 {@code QUOTA_EXCEEDED}.</li>
 * </ul>
 */
public final class SignaportSimulator implements ProviderSimulator {

    public static final String LICENSE_KEY = "SP-TEST-LICENSE-0001";
    public static final String PASSWORD = "sp-test-password-7f3a";
    /** A licence whose end date has passed. */
    public static final String EXPIRED_LICENSE_KEY = "SP-EXPIRED-LICENSE-0002";
    public static final String EXPIRED_PASSWORD = "sp-expired-password-2c9d";
    /** A licence Signaport has deactivated. */
    public static final String INACTIVE_LICENSE_KEY = "SP-INACTIVE-LICENSE-0003";
    public static final String INACTIVE_PASSWORD = "sp-inactive-password-81e0";
    public static final String ORGANIZATION = "Köprü Test Hastanesi";
    /** The test licence's organisation id ({@code firma_id} in its sign tokens). */
    public static final String FIRMA_ID = "SP-FIRMA-0001";
    /** The domain the test licence accepts as validate's {@code origin}. */
    public static final String ORIGIN = "https://imza.kopru.test";
    public static final int INITIAL_QUOTA = 1000;
    public static final Duration SIGN_TOKEN_LIFETIME = Duration.ofMinutes(5);
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** The documented limit of get-token. */
    public static final int RATE_LIMIT = 10;
    public static final Duration RATE_LIMIT_WINDOW = Duration.ofMinutes(1);

    public static final String GET_TOKEN_PATH = "/api/v1/auth/get-token";
    public static final String CHECK_QUOTA_PATH = "/api/License/check-quota/";
    /** Validates (uses) a sign token and spends one signature. */
    public static final String VALIDATE_PATH = "/api/license/validate";

    /** The validate document's error messages: its errors carry a message and no code. */
    public static final String TOKEN_EMPTY = "Token boş olamaz";
    public static final String TOKEN_EXPIRED = "Token süresi dolmuş";
    public static final String TOKEN_INVALID = "Geçersiz token";
    public static final String TOKEN_ALREADY_USED = "Bu token zaten kullanılmış. Yeni token alınız.";
    public static final String ORIGIN_NOT_ALLOWED = "Bu domain için yetki yok";
    public static final String QUOTA_SPENT = "İmza kotası doldu";

    /** check-quota's own words for an inactive licence (get-token's are "Lisans aktif değil"). */
    private static final String CHECK_QUOTA_INACTIVE = "Lisans pasif durumda, lütfen yönetici ile iletişime geçin";
    /** The check-quota page's 429 message breaks off after "İmza kotanı"; the rest is the sandbox's. */
    private static final String CHECK_QUOTA_EXCEEDED = "İmza kotanız dolmuştur";
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ISO_INSTANT;
    private static final Set<String> GET_TOKEN_FIELDS = Set.of("licenseKey", "password", "imzaTipi");
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("INVALID_REQUEST", "Geçersiz istek parametreleri"),
            Map.entry("INVALID_CREDENTIALS", "Geçersiz lisans bilgileri"),
            Map.entry("INSUFFICIENT_QUOTA", "İmza kotası yetersiz"),
            Map.entry("LICENSE_EXPIRED", "Lisans süresi dolmuş"),
            Map.entry("LICENSE_INACTIVE", "Lisans aktif değil"),
            Map.entry("LICENSE_NOT_FOUND", "Belirtilen lisans anahtarı bulunamadı"),
            Map.entry("METHOD_NOT_ALLOWED", "Bu yöntem desteklenmiyor"),
            Map.entry("NOT_FOUND", "Kaynak bulunamadı"));
    private static final Map<String, Integer> STATUSES = Map.ofEntries(
            Map.entry("INVALID_REQUEST", 400),
            Map.entry("INVALID_CREDENTIALS", 401),
            Map.entry("INSUFFICIENT_QUOTA", 400),
            Map.entry("LICENSE_EXPIRED", 401),
            Map.entry("LICENSE_INACTIVE", 401),
            Map.entry("LICENSE_NOT_FOUND", 404),
            Map.entry("METHOD_NOT_ALLOWED", 405),
            Map.entry("NOT_FOUND", 404));

    private final ObjectMapper json = new ObjectMapper();
    private final byte[] signingKey = new byte[32];
    private final Map<String, SignaportLicense> licenses = new ConcurrentHashMap<>();
    private final Map<String, IssuedSignToken> signTokens = new ConcurrentHashMap<>();
    private final List<IssuedSignToken> issued = new CopyOnWriteArrayList<>();
    private final Map<String, SlidingWindowLimit> limits = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<String> forcedCodes = new ConcurrentLinkedDeque<>();
    private volatile int rateLimit = RATE_LIMIT;
    private volatile Duration rateLimitWindow = RATE_LIMIT_WINDOW;
    private volatile boolean repeatNextSignToken;
    private Clock clock = Clock.systemUTC();

    public SignaportSimulator() {
        new SecureRandom().nextBytes(signingKey);
        reset();
    }

    @Override
    public String name() {
        return "signaport";
    }

    @Override
    public void attach(SandboxServer server) {
        this.clock = server.clock();
    }

    @Override
    public Map<String, String> credentials() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("licenseKey / password", LICENSE_KEY + " / " + PASSWORD);
        c.put("expired licence", EXPIRED_LICENSE_KEY + " / " + EXPIRED_PASSWORD);
        c.put("inactive licence", INACTIVE_LICENSE_KEY + " / " + INACTIVE_PASSWORD);
        c.put("quota", INITIAL_QUOTA + " signatures, one per validated token (POST " + VALIDATE_PATH
                       + " {\"token\",\"origin\"})");
        c.put("validate origin", ORIGIN);
        return c;
    }

    @Override
    public synchronized void reset() {
        Instant now = clock.instant();
        licenses.clear();
        licenses.put(LICENSE_KEY, new SignaportLicense(LICENSE_KEY, FIRMA_ID, PASSWORD, ORGANIZATION, INITIAL_QUOTA,
                now.plus(Duration.ofDays(365))).allowOrigins(ORIGIN));
        licenses.put(EXPIRED_LICENSE_KEY, new SignaportLicense(EXPIRED_LICENSE_KEY, "SP-FIRMA-0002", EXPIRED_PASSWORD,
                ORGANIZATION, INITIAL_QUOTA, now.minus(Duration.ofDays(1))).allowOrigins(ORIGIN));
        licenses.put(INACTIVE_LICENSE_KEY, new SignaportLicense(INACTIVE_LICENSE_KEY, "SP-FIRMA-0003",
                INACTIVE_PASSWORD, ORGANIZATION, INITIAL_QUOTA, now.plus(Duration.ofDays(365))).active(false)
                .allowOrigins(ORIGIN));
        signTokens.clear();
        issued.clear();
        limits.clear();
        forcedCodes.clear();
        rateLimit = RATE_LIMIT;
        rateLimitWindow = RATE_LIMIT_WINDOW;
        repeatNextSignToken = false;
    }

    @Override
    public String faultBody(int status) {
        return "{\"success\":false,\"error\":{\"code\":\"" + (status == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_ERROR")
               + "\",\"message\":\"Sunucu hatası\"}}";
    }

    // ---- what tests can see and change

    public SignaportLicense license(String key) {
        return licenses.get(key);
    }

    /** Adds an active licence with the full quota, valid for a year, that accepts any origin. */
    public SignaportLicense addLicense(String key, String password) {
        SignaportLicense license = new SignaportLicense(key, "SP-FIRMA-" + key, password, ORGANIZATION,
                INITIAL_QUOTA, clock.instant().plus(Duration.ofDays(365)));
        licenses.put(key, license);
        return license;
    }

    /** Every sign token issued, in order. */
    public List<IssuedSignToken> issuedSignTokens() {
        return List.copyOf(issued);
    }

    /** Every sign token value issued, for tests that compare. */
    public List<String> issuedSignTokenValues() {
        List<String> values = new ArrayList<>();
        issued.forEach(t -> values.add(t.value));
        return values;
    }

    /**
     * The next get-token that passes the rate limit answers with this documented error code (and its documented
     * status and message) without doing anything, to reach codes a careful client never provokes (INVALID_REQUEST).
     */
    public void answerNextWith(String code) {
        if (!STATUSES.containsKey(code)) {
            throw new IllegalArgumentException("not a Signaport error code: " + code);
        }
        forcedCodes.addLast(code);
    }

    /** Changes the get-token limit (10 a minute by default, as documented). */
    public void setRateLimit(int perWindow, Duration window) {
        this.rateLimit = perWindow;
        this.rateLimitWindow = window;
        limits.clear();
    }

    /**
     * Misbehaves once: the next get-token returns the previous sign token again, so that a test can show a client
     * refuses to hand out a single-use token twice.
     */
    public void repeatNextSignToken() {
        this.repeatNextSignToken = true;
    }

    /** What validate made of a sign token. */
    public enum Use {
        ACCEPTED(200, null), ALREADY_USED(400, TOKEN_ALREADY_USED), EXPIRED(401, TOKEN_EXPIRED),
        INVALID(401, TOKEN_INVALID), ORIGIN_NOT_ALLOWED(401, SignaportSimulator.ORIGIN_NOT_ALLOWED),
        QUOTA_SPENT(400, SignaportSimulator.QUOTA_SPENT);

        final int status;
        final String message;

        Use(int status, String message) {
            this.status = status;
            this.message = message;
        }
    }

    /** Validates a sign token as {@code POST /api/license/validate} without an origin does. */
    public Use useSignToken(String signToken) {
        return useSignToken(signToken, null);
    }

    /**
     * Validates a sign token as {@code POST /api/license/validate} does: accepted once, within its 5 minutes, from an
     * origin the licence allows, and then it spends one signature of the licence's quota.
     */
    public Use useSignToken(String signToken, String origin) {
        IssuedSignToken token = signToken == null ? null : signTokens.get(signToken);
        if (token == null) {
            return Use.INVALID;
        }
        SignaportLicense license = licenses.get(token.licenseKey);
        synchronized (token) {
            if (!clock.instant().isBefore(token.expiresAt)) {
                return Use.EXPIRED;
            }
            if (token.used) {
                return Use.ALREADY_USED;
            }
            if (license == null) {
                return Use.INVALID;
            }
            if (!license.originAllowed(origin)) {
                return Use.ORIGIN_NOT_ALLOWED;
            }
            if (!license.consumeOne()) {
                return Use.QUOTA_SPENT;
            }
            token.used = true;
            return Use.ACCEPTED;
        }
    }

    // ---- the API

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        String path = exchange.rawPath();
        if (GET_TOKEN_PATH.equals(path)) {
            getToken(exchange);
        } else if (path.startsWith(CHECK_QUOTA_PATH)) {
            checkQuota(exchange, path.substring(CHECK_QUOTA_PATH.length()));
        } else if (VALIDATE_PATH.equals(path)) {
            validate(exchange);
        } else {
            error(exchange, "NOT_FOUND");
        }
    }

    private void getToken(SandboxExchange exchange) throws IOException {
        if (!"POST".equals(exchange.method())) {
            error(exchange, "METHOD_NOT_ALLOWED");
            return;
        }
        // every call counts, whatever becomes of it
        SlidingWindowLimit.Decision limit = limits.computeIfAbsent(exchange.remoteIp(),
                ip -> new SlidingWindowLimit(rateLimit, rateLimitWindow, clock)).tryAcquire();
        if (!limit.allowed) {
            ObjectNode body = json.createObjectNode().put("success", false)
                    .put("message", "Çok fazla istek. Lütfen bekleyiniz.").put("retryAfter", limit.retryAfterSeconds);
            exchange.respondJson(429, json.writeValueAsString(body));
            return;
        }
        JsonNode request = jsonBody(exchange);
        if (request == null || !validGetToken(request)) {
            error(exchange, "INVALID_REQUEST");
            return;
        }
        String forced = forcedCodes.pollFirst();
        if (forced != null) {
            error(exchange, forced);
            return;
        }
        SignaportLicense license = licenses.get(request.get("licenseKey").textValue());
        if (license == null || !license.passwordMatches(request.get("password").textValue())) {
            error(exchange, "INVALID_CREDENTIALS");
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(license.expiresAt())) {
            error(exchange, "LICENSE_EXPIRED");
            return;
        }
        if (!license.isActive()) {
            error(exchange, "LICENSE_INACTIVE");
            return;
        }
        // issuing spends nothing (validate does), but a licence with no signature left issues no token
        if (license.remainingQuota() <= 0) {
            error(exchange, "INSUFFICIENT_QUOTA");
            return;
        }
        int imzaTipi = request.get("imzaTipi").intValue();
        String signToken;
        synchronized (this) {
            if (repeatNextSignToken && !issued.isEmpty()) {
                repeatNextSignToken = false;
                signToken = issued.get(issued.size() - 1).value;
            } else {
                String tokenId = UUID.randomUUID().toString();
                signToken = jwt(license, tokenId, imzaTipi, now, SIGN_TOKEN_LIFETIME);
                IssuedSignToken token = new IssuedSignToken(signToken, tokenId, license.key, imzaTipi, now,
                        now.plus(SIGN_TOKEN_LIFETIME));
                signTokens.put(signToken, token);
                issued.add(token);
            }
        }
        ObjectNode body = json.createObjectNode().put("success", true)
                .put("accessToken", jwt(license, UUID.randomUUID().toString(), imzaTipi, now, ACCESS_TOKEN_LIFETIME))
                .put("signToken", signToken)
                .put("accessExpiresIn", ACCESS_TOKEN_LIFETIME.toSeconds())
                .put("signExpiresIn", SIGN_TOKEN_LIFETIME.toSeconds())
                .put("remainingQuota", license.remainingQuota());
        exchange.respondJson(200, json.writeValueAsString(body));
    }

    /** Exactly the three documented fields: two non-blank strings and an integer 0 (Medula) or 1 (İBYS). */
    private static boolean validGetToken(JsonNode request) {
        if (!request.isObject()) {
            return false;
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            if (!GET_TOKEN_FIELDS.contains(names.next())) {
                return false;
            }
        }
        JsonNode key = request.get("licenseKey");
        JsonNode password = request.get("password");
        JsonNode type = request.get("imzaTipi");
        return key != null && key.isTextual() && !key.textValue().isBlank()
               && password != null && password.isTextual() && !password.textValue().isEmpty()
               && type != null && type.isIntegralNumber() && (type.intValue() == 0 || type.intValue() == 1);
    }

    private void checkQuota(SandboxExchange exchange, String rawKey) throws IOException {
        if (!"GET".equals(exchange.method())) {
            error(exchange, "METHOD_NOT_ALLOWED");
            return;
        }
        String key = URLDecoder.decode(rawKey.replace("+", "%2B"), StandardCharsets.UTF_8);
        SignaportLicense license = key.isEmpty() || key.contains("/") ? null : licenses.get(key);
        Instant now = clock.instant();
        if (license == null) {
            checkQuotaError(exchange, 404, "LICENSE_NOT_FOUND", MESSAGES.get("LICENSE_NOT_FOUND"), null);
            return;
        }
        if (!now.isBefore(license.expiresAt())) {
            ObjectNode data = json.createObjectNode().put("expiryDate", isoSeconds(license.expiresAt()))
                    .put("daysExpired", Duration.between(license.expiresAt(), now).toDays());
            checkQuotaError(exchange, 410, "LICENSE_EXPIRED", "Lisans süresi "
                    + license.expiresAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() + " tarihinde dolmuştur", data);
            return;
        }
        if (!license.isActive()) {
            checkQuotaError(exchange, 403, "LICENSE_INACTIVE", CHECK_QUOTA_INACTIVE, null);
            return;
        }
        int total = license.totalQuota();
        int used = license.usedQuota();
        if (total - used <= 0) {
            checkQuotaError(exchange, 429, "QUOTA_EXCEEDED", CHECK_QUOTA_EXCEEDED, null);
            return;
        }
        ObjectNode body = json.createObjectNode().put("success", true);
        body.putObject("data")
                .put("licenseKey", license.key)
                .put("remainingQuota", total - used)
                .put("totalQuota", total)
                .put("usedQuota", used)
                // the share left, as documented: 1500 of 2000 left is 75.0
                .put("quotaPercentage", total == 0 ? 0.0 : Math.round((total - used) * 10000.0 / total) / 100.0)
                .put("expiryDate", isoSeconds(license.expiresAt()))
                .put("isActive", license.isActive())
                .put("organizationName", license.organizationName());
        body.put("message", "Kota bilgisi başarıyla alındı").put("timestamp", isoSeconds(now));
        exchange.respondJson(200, json.writeValueAsString(body));
    }

    private void checkQuotaError(SandboxExchange exchange, int status, String code, String message, ObjectNode data)
            throws IOException {
        ObjectNode body = json.createObjectNode().put("success", false);
        body.putObject("error").put("code", code).put("message", message);
        if (data != null) {
            body.set("data", data);
        }
        body.put("timestamp", isoSeconds(clock.instant()));
        exchange.respondJson(status, json.writeValueAsString(body));
    }

    private static String isoSeconds(Instant instant) {
        return ISO_SECONDS.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** validate: the document's body, statuses and messages; errors carry only {@code message}. */
    private void validate(SandboxExchange exchange) throws IOException {
        if (!"POST".equals(exchange.method())) {
            error(exchange, "METHOD_NOT_ALLOWED");
            return;
        }
        JsonNode request = jsonBody(exchange);
        JsonNode token = request == null ? null : request.get("token");
        JsonNode origin = request == null ? null : request.get("origin");
        if (token == null || !token.isTextual() || token.textValue().isBlank()) {
            validateError(exchange, 400, TOKEN_EMPTY, null);
            return;
        }
        if (origin != null && !origin.isNull() && !origin.isTextual()) {
            validateError(exchange, 401, ORIGIN_NOT_ALLOWED, null);
            return;
        }
        Use use = useSignToken(token.textValue(), origin == null || origin.isNull() ? null : origin.textValue());
        if (use == Use.ACCEPTED) {
            SignaportLicense license = licenses.get(signTokens.get(token.textValue()).licenseKey);
            exchange.respondJson(200, json.writeValueAsString(json.createObjectNode().put("success", true)
                    .put("message", "Quota güncellendi").put("usedQuota", license.usedQuota())
                    .put("remainingQuota", license.remainingQuota())));
            return;
        }
        validateError(exchange, use.status, use.message, use == Use.QUOTA_SPENT ? 0 : null);
    }

    private void validateError(SandboxExchange exchange, int status, String message, Integer remainingQuota)
            throws IOException {
        ObjectNode body = json.createObjectNode().put("success", false).put("message", message);
        if (remainingQuota != null) {
            body.put("remainingQuota", remainingQuota);
        }
        exchange.respondJson(status, json.writeValueAsString(body));
    }

    /** The body as JSON when it was sent as {@code application/json}; null otherwise. */
    private JsonNode jsonBody(SandboxExchange exchange) {
        String type = exchange.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            return null;
        }
        try {
            JsonNode node = json.readTree(exchange.body());
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    private void error(SandboxExchange exchange, String code) throws IOException {
        ObjectNode body = json.createObjectNode().put("success", false);
        body.putObject("error").put("code", code).put("message", MESSAGES.get(code));
        exchange.respondJson(STATUSES.get(code), json.writeValueAsString(body));
    }

    /** An HS256 JWT with the authentication document's sign token payload. */
    private String jwt(SignaportLicense license, String tokenId, int imzaTipi, Instant now, Duration lifetime) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        ObjectNode payload = json.createObjectNode().put("firma_id", license.firmaId())
                .put("firma_adi", license.organizationName()).put("token_id", tokenId).put("imza_tipi", imzaTipi)
                .put("iat", now.getEpochSecond()).put("exp", now.plus(lifetime).getEpochSecond());
        String unsigned = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                          + "." + b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return unsigned + "." + b64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sign token as the simulator remembers it. */
    public static final class IssuedSignToken {
        final String value;
        final String tokenId;
        final String licenseKey;
        final int imzaTipi;
        final Instant issuedAt;
        final Instant expiresAt;
        volatile boolean used;

        IssuedSignToken(String value, String tokenId, String licenseKey, int imzaTipi, Instant issuedAt,
                        Instant expiresAt) {
            this.value = value;
            this.tokenId = tokenId;
            this.licenseKey = licenseKey;
            this.imzaTipi = imzaTipi;
            this.issuedAt = issuedAt;
            this.expiresAt = expiresAt;
        }

        public String value() {
            return value;
        }

        public String licenseKey() {
            return licenseKey;
        }

        /** The payload's {@code token_id}. */
        public String tokenId() {
            return tokenId;
        }

        /** 0 Medula, 1 İBYS. */
        public int imzaTipi() {
            return imzaTipi;
        }

        public Instant issuedAt() {
            return issuedAt;
        }

        public Instant expiresAt() {
            return expiresAt;
        }

        public boolean isUsed() {
            return used;
        }
    }
}
