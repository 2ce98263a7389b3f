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
import java.time.ZoneId;
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
 * Signaport's licence API as its document ({@code POST /api/v1/auth/get-token}) and the check-quota call describe
 * them, at least as strict as the real one:
 * <ul>
 * <li>{@code get-token} takes exactly {@code licenseKey}, {@code password} and an integer {@code imzaTipi} of 0 or 1 in
 * a JSON body sent as {@code application/json}; anything else is {@code INVALID_REQUEST}, an unknown field too;</li>
 * <li>the licence must exist with that password ({@code INVALID_CREDENTIALS}), not be expired
 * ({@code LICENSE_EXPIRED}, by the shared sandbox clock) nor inactive ({@code LICENSE_INACTIVE}), and have quota
 * left ({@code INSUFFICIENT_QUOTA}, HTTP 400 as documented); each token takes one signature off the quota;</li>
 * <li>a sign token is a JWT valid 5 minutes and accepted once, an access token 15 minutes;</li>
 * <li>at most 10 get-token calls a minute from one address, in any sliding minute, refused ones included; the 11th
 * answers 429 with the documented body and its {@code retryAfter} (no headers: the document shows none);</li>
 * <li>{@code GET /api/License/check-quota/{licenseKey}}, no authentication, returns the licence's quota, expiry and
 * state; an unknown key answers 404 {@code LICENSE_NOT_FOUND} (the sandbox's choice: undocumented).</li>
 * </ul>
 * Sandbox only, not Signaport's: {@code POST /sandbox/v1/sign-token/validate} with {@code {"signToken": "..."}} plays
 * the signing service that consumes a sign token: accepted once, then {@code TOKEN_ALREADY_USED}; after 5 minutes
 * {@code TOKEN_EXPIRED}.
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
    public static final int INITIAL_QUOTA = 1000;
    public static final Duration SIGN_TOKEN_LIFETIME = Duration.ofMinutes(5);
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** The documented limit of get-token. */
    public static final int RATE_LIMIT = 10;
    public static final Duration RATE_LIMIT_WINDOW = Duration.ofMinutes(1);

    public static final String GET_TOKEN_PATH = "/api/v1/auth/get-token";
    public static final String CHECK_QUOTA_PATH = "/api/License/check-quota/";
    /** Sandbox only: consumes a sign token as a signing service would. */
    public static final String VALIDATE_PATH = "/sandbox/v1/sign-token/validate";

    static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter EXPIRY_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Set<String> GET_TOKEN_FIELDS = Set.of("licenseKey", "password", "imzaTipi");
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("INVALID_REQUEST", "Geçersiz istek parametreleri"),
            Map.entry("INVALID_CREDENTIALS", "Geçersiz lisans bilgileri"),
            Map.entry("INSUFFICIENT_QUOTA", "İmza kotası yetersiz"),
            Map.entry("LICENSE_EXPIRED", "Lisans süresi dolmuş"),
            Map.entry("LICENSE_INACTIVE", "Lisans aktif değil"),
            Map.entry("LICENSE_NOT_FOUND", "Lisans bulunamadı"),
            Map.entry("TOKEN_EXPIRED", "İmza token'ının süresi dolmuş"),
            Map.entry("TOKEN_ALREADY_USED", "İmza token'ı daha önce kullanılmış"),
            Map.entry("INVALID_TOKEN", "Geçersiz imza token'ı"),
            Map.entry("METHOD_NOT_ALLOWED", "Bu yöntem desteklenmiyor"),
            Map.entry("NOT_FOUND", "Kaynak bulunamadı"));
    private static final Map<String, Integer> STATUSES = Map.ofEntries(
            Map.entry("INVALID_REQUEST", 400),
            Map.entry("INVALID_CREDENTIALS", 401),
            Map.entry("INSUFFICIENT_QUOTA", 400),
            Map.entry("LICENSE_EXPIRED", 401),
            Map.entry("LICENSE_INACTIVE", 401),
            Map.entry("LICENSE_NOT_FOUND", 404),
            Map.entry("TOKEN_EXPIRED", 401),
            Map.entry("TOKEN_ALREADY_USED", 401),
            Map.entry("INVALID_TOKEN", 401),
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
        c.put("quota", INITIAL_QUOTA + " signatures, one per token");
        c.put("sandbox-only", "POST " + VALIDATE_PATH + " {\"signToken\":\"...\"} consumes a sign token");
        return c;
    }

    @Override
    public synchronized void reset() {
        Instant now = clock.instant();
        licenses.clear();
        licenses.put(LICENSE_KEY, new SignaportLicense(LICENSE_KEY, PASSWORD, ORGANIZATION, INITIAL_QUOTA,
                now.plus(Duration.ofDays(365))));
        licenses.put(EXPIRED_LICENSE_KEY, new SignaportLicense(EXPIRED_LICENSE_KEY, EXPIRED_PASSWORD, ORGANIZATION,
                INITIAL_QUOTA, now.minus(Duration.ofDays(1))));
        licenses.put(INACTIVE_LICENSE_KEY, new SignaportLicense(INACTIVE_LICENSE_KEY, INACTIVE_PASSWORD, ORGANIZATION,
                INITIAL_QUOTA, now.plus(Duration.ofDays(365))).active(false));
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

    /** Adds an active licence with the full quota, valid for a year. */
    public SignaportLicense addLicense(String key, String password) {
        SignaportLicense license = new SignaportLicense(key, password, ORGANIZATION, INITIAL_QUOTA,
                clock.instant().plus(Duration.ofDays(365)));
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

    /** What became of a sign token presented to the signing service. */
    public enum Use {
        ACCEPTED, ALREADY_USED, EXPIRED, INVALID
    }

    /** Consumes a sign token as a signing service would: accepted once, within its 5 minutes. */
    public Use useSignToken(String signToken) {
        IssuedSignToken token = signToken == null ? null : signTokens.get(signToken);
        if (token == null) {
            return Use.INVALID;
        }
        synchronized (token) {
            if (!clock.instant().isBefore(token.expiresAt)) {
                return Use.EXPIRED;
            }
            if (token.used) {
                return Use.ALREADY_USED;
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
        if (!license.consumeOne()) {
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
                signToken = jwt(license.key, "sign", imzaTipi, now, SIGN_TOKEN_LIFETIME);
                IssuedSignToken token = new IssuedSignToken(signToken, license.key, imzaTipi, now,
                        now.plus(SIGN_TOKEN_LIFETIME));
                signTokens.put(signToken, token);
                issued.add(token);
            }
        }
        ObjectNode body = json.createObjectNode().put("success", true)
                .put("accessToken", jwt(license.key, "access", imzaTipi, now, ACCESS_TOKEN_LIFETIME))
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
        if (license == null) {
            error(exchange, "LICENSE_NOT_FOUND");
            return;
        }
        int total = license.totalQuota();
        int used = license.usedQuota();
        ObjectNode body = json.createObjectNode().put("success", true);
        body.putObject("data")
                .put("remainingQuota", total - used)
                .put("totalQuota", total)
                .put("usedQuota", used)
                .put("quotaPercentage", total == 0 ? 100.0 : Math.round(used * 10000.0 / total) / 100.0)
                .put("expiryDate", EXPIRY_DATE.format(license.expiresAt().atZone(TURKEY)))
                .put("isActive", license.isActive())
                .put("organizationName", license.organizationName());
        exchange.respondJson(200, json.writeValueAsString(body));
    }

    private void validate(SandboxExchange exchange) throws IOException {
        if (!"POST".equals(exchange.method())) {
            error(exchange, "METHOD_NOT_ALLOWED");
            return;
        }
        JsonNode request = jsonBody(exchange);
        JsonNode token = request == null ? null : request.get("signToken");
        if (token == null || !token.isTextual()) {
            error(exchange, "INVALID_REQUEST");
            return;
        }
        switch (useSignToken(token.textValue())) {
            case ACCEPTED:
                IssuedSignToken t = signTokens.get(token.textValue());
                exchange.respondJson(200, json.writeValueAsString(json.createObjectNode().put("success", true)
                        .put("licenseKey", t.licenseKey).put("imzaTipi", t.imzaTipi)));
                return;
            case ALREADY_USED:
                error(exchange, "TOKEN_ALREADY_USED");
                return;
            case EXPIRED:
                error(exchange, "TOKEN_EXPIRED");
                return;
            default:
                error(exchange, "INVALID_TOKEN");
        }
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

    private String jwt(String licenseKey, String type, int imzaTipi, Instant now, Duration lifetime) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        ObjectNode payload = json.createObjectNode().put("sub", licenseKey).put("typ", type).put("imzaTipi", imzaTipi)
                .put("jti", UUID.randomUUID().toString()).put("iat", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond());
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
        final String licenseKey;
        final int imzaTipi;
        final Instant issuedAt;
        final Instant expiresAt;
        volatile boolean used;

        IssuedSignToken(String value, String licenseKey, int imzaTipi, Instant issuedAt, Instant expiresAt) {
            this.value = value;
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
