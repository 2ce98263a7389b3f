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
package io.kopru.camel.sandbox.mobildev;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.SlidingWindowLimit;
import io.kopru.camel.sandbox.SmsLength;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mobildev's SMS API as its integration guide (v1.0, 26 March 2025) describes it, and no laxer:
 * <ul>
 * <li>Transactional ({@code POST /v1/transactional/send}, {@code GET /v1/transactional/status/{id}}): {@code X-API-Key},
 * {@code X-Timestamp} (Unix seconds, within 30 seconds of the server's clock: "requests must complete within 30
 * seconds"), {@code X-Nonce} (a UUID, never seen before) and {@code X-Signature} = hex HMAC-SHA256(api_secret,
 * {@code METHOD\nPATH\nTIMESTAMP\nNONCE\nBODY}) over the bytes received; the key's validity and IP allow-list; 5000
 * sends a minute per key with the {@code X-RateLimit-*} headers.</li>
 * <li>Campaign ({@code POST /v1/campaign/send}, {@code GET /v1/campaign/status/{id}}): a bearer token from a person's
 * consent, its scope ({@code sms:campaign} to send, {@code sms:report} to read), its daily time window, expiry and
 * revocation; 10000 sends an hour per client.</li>
 * <li>OAuth2 ({@code /oauth/authorize}, {@code /oauth/token}): see {@link MobildevAuthorizationServer}.</li>
 * </ul>
 * Bodies are XML ({@code Content-Type: application/xml} or {@code text/xml}) or minified JSON
 * ({@code application/json}); the Content-Type must say which, and the answer comes in the same format: XML requests
 * get {@code ID:<n>} or a bare two-digit code (HTTP 200, like Mobildev's XML API), JSON requests
 * {@code {"success":true,"id":...}} ({@code campaign_id} for campaigns) or an error. Security errors are always JSON
 * with the guide's §6.2 codes and statuses. Timestamps are checked against real time, the time the JDK server writes in
 * its {@code Date} header; key validity, token expiry, time windows, rate limits and deliveries follow the sandbox
 * clock, which tests may advance.
 */
public final class MobildevSimulator implements ProviderSimulator {

    /** The guide's test API key (§2.2); its secret is the sandbox's own, as the guide shows none. */
    public static final String API_KEY = "test_api_key_123456";
    public static final String API_SECRET = "test_api_secret_9f4c2a7e";
    /** The key and secret of the guide's panel example (§3.1). */
    public static final String EXAMPLE_API_KEY = "ent_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6";
    public static final String EXAMPLE_API_SECRET = "xK9mQ2pR5tY7wE3aG8bN4cL6dV0fH1jZ";
    /** The guide's test OAuth client (§2.2) and the redirect URI of its test scenario 2.1. */
    public static final String CLIENT_ID = "ent_test_2024_001";
    public static final String CLIENT_SECRET = "test_secret_xyz789";
    public static final String REDIRECT_URI = "https://test.sizinsiteniz.com/callback";
    /** The OAuth client of the guide's panel example (§4.2). */
    public static final String EXAMPLE_CLIENT_ID = "ent_bt_2024_001";
    public static final String EXAMPLE_CLIENT_SECRET = "sec_8xK9mQ2pR5tY7wE3";
    /** The guide's test user (scenario 2.1) and mobile-signature test code. */
    public static final String USER_EMAIL = "test@entegrator.com";
    public static final String USER_PASSWORD = "Test123!";
    public static final String MOBILE_SIGNATURE_CODE = "123456";
    /** Originators (senders) approved for every account; an empty Originator uses the account's default. */
    public static final List<String> ORIGINATORS = List.of("MOBILDEV", "KOPRU");
    /** The panel group of scenario 2.4. */
    public static final String TEST_SEGMENT = "test_group";
    public static final List<String> TEST_SEGMENT_NUMBERS = List.of("5051234567", "5321234567", "5441234567");
    public static final long INITIAL_CREDITS = 100_000;
    public static final Duration TIMESTAMP_WINDOW = Duration.ofSeconds(30);
    public static final int TRANSACTIONAL_LIMIT_PER_MINUTE = 5000;
    public static final int CAMPAIGN_LIMIT_PER_HOUR = 10_000;
    /** Redirect URIs to register for the test client when started standalone, comma separated. */
    public static final String REDIRECT_URIS_PROPERTY = "mobildev.sandbox.redirect-uris";
    public static final String REDIRECT_URIS_ENV = "MOBILDEV_SANDBOX_REDIRECT_URIS";

    static final String TRANSACTIONAL_SEND = "/v1/transactional/send";
    static final String CAMPAIGN_SEND = "/v1/campaign/send";
    private static final Pattern TRANSACTIONAL_STATUS = Pattern.compile("/v1/transactional/status/([^/]+)");
    private static final Pattern CAMPAIGN_STATUS = Pattern.compile("/v1/campaign/status/([^/]+)");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern MAIN_REPORT_ROOT = Pattern.compile(
            "\\s*<MainReportRoot>\\s*<MsgID>\\s*([^<\\s]+)\\s*</MsgID>\\s*</MainReportRoot>\\s*");
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("invalid_api_key", "API Key geçersiz"),
            Map.entry("api_key_expired", "API Key süresi dolmuş"),
            Map.entry("invalid_signature", "HMAC imzası yanlış"),
            Map.entry("timestamp_expired", "Timestamp çok eski"),
            Map.entry("nonce_already_used", "Nonce tekrar kullanılmış"),
            Map.entry("ip_not_whitelisted", "IP beyaz listede değil"),
            Map.entry("time_restriction", "Zaman aralığı dışı"),
            Map.entry("insufficient_scope", "Scope yetkisi yok"),
            Map.entry("token_expired", "JWT süresi dolmuş"),
            Map.entry("consent_revoked", "Yetki iptal edilmiş"),
            Map.entry("insufficient_balance", "Bakiye yetersiz"),
            Map.entry("rate_limit_exceeded", "Rate limit aşıldı"),
            Map.entry("server_error", "Sunucu Hatası"));

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, MobildevApiKey> keys = new ConcurrentHashMap<>();
    private final Map<String, MobildevClient> clients = new ConcurrentHashMap<>();
    private final Map<String, String[]> users = new ConcurrentHashMap<>();
    private final Map<String, List<String>> segments = new ConcurrentHashMap<>();
    private final Set<String> campaignOriginators = ConcurrentHashMap.newKeySet();
    private final AtomicLong campaignCredits = new AtomicLong();
    private final MobildevAuthorizationServer oauth;
    private final Map<String, MobildevMessage> messages = new ConcurrentHashMap<>();
    private final List<MobildevMessage> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Long> recentNonces = new ConcurrentHashMap<>();
    private final AtomicLong lastNoncePurge = new AtomicLong();
    private final ConcurrentLinkedDeque<String> signedNonces = new ConcurrentLinkedDeque<>();
    private static final int SIGNED_NONCES_KEPT = 100_000;
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindowLimit> sendLimits = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<String[]> forced = new ConcurrentLinkedDeque<>();
    private final List<String> cancelled = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> classicCalls = new ConcurrentHashMap<>();
    private final AtomicLong nextTransactionalId = new AtomicLong();
    private final AtomicLong nextCampaignId = new AtomicLong();
    private volatile int transactionalLimit;
    private volatile Duration transactionalWindow;
    private volatile int campaignLimit;
    private volatile Duration campaignWindow;
    private volatile Duration deliveryDelay;
    private volatile Clock clock = Clock.systemUTC();
    private final Clock wallClock = Clock.systemUTC();

    public MobildevSimulator() {
        oauth = new MobildevAuthorizationServer(json, clients, users, clock);
        reset();
    }

    @Override
    public String name() {
        return "mobildev";
    }

    @Override
    public void attach(SandboxServer server) {
        this.clock = server.clock();
        oauth.clock(clock);
        reset();
    }

    @Override
    public Map<String, String> credentials() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("apiKey", API_KEY);
        c.put("secretKey (api_secret)", API_SECRET);
        c.put("clientId", CLIENT_ID);
        c.put("clientSecret", CLIENT_SECRET);
        c.put("redirectUri", String.join(", ", clients.get(CLIENT_ID).redirectUris()) + " (add yours with -D"
                             + REDIRECT_URIS_PROPERTY + "=... or client(id).allowRedirectUri)");
        c.put("authorize page user", USER_EMAIL + " / " + USER_PASSWORD + ", mobile signature code "
                                     + MOBILE_SIGNATURE_CODE);
        c.put("originators", String.join(" or ", ORIGINATORS) + " (or empty)");
        c.put("undeliverable numbers", "any ending in 99");
        return c;
    }

    @Override
    public synchronized void reset() {
        Instant now = clock.instant();
        keys.clear();
        keys.put(API_KEY, new MobildevApiKey(API_KEY, API_SECRET, now.plus(Duration.ofDays(90)), ORIGINATORS,
                INITIAL_CREDITS));
        keys.put(EXAMPLE_API_KEY, new MobildevApiKey(EXAMPLE_API_KEY, EXAMPLE_API_SECRET,
                now.plus(Duration.ofDays(90)), ORIGINATORS, INITIAL_CREDITS));
        clients.clear();
        MobildevClient testClient = new MobildevClient(CLIENT_ID, CLIENT_SECRET, "Test Entegratör",
                List.of(REDIRECT_URI));
        extraRedirectUris().forEach(testClient::allowRedirectUri);
        clients.put(CLIENT_ID, testClient);
        clients.put(EXAMPLE_CLIENT_ID, new MobildevClient(EXAMPLE_CLIENT_ID, EXAMPLE_CLIENT_SECRET, "BT Entegratör",
                List.of("https://sizinsiteniz.com/oauth/callback", "https://sizinsiteniz.com/oauth/callback-test")));
        users.clear();
        users.put(USER_EMAIL, new String[] {USER_PASSWORD, MOBILE_SIGNATURE_CODE});
        segments.clear();
        segments.put(TEST_SEGMENT, TEST_SEGMENT_NUMBERS);
        campaignOriginators.clear();
        campaignOriginators.addAll(ORIGINATORS);
        campaignCredits.set(INITIAL_CREDITS);
        oauth.reset();
        messages.clear();
        accepted.clear();
        recentNonces.clear();
        signedNonces.clear();
        refusals.clear();
        sendLimits.clear();
        forced.clear();
        cancelled.clear();
        classicCalls.clear();
        nextTransactionalId.set(1_825_415_058L);
        nextCampaignId.set(1_234_567_890L);
        transactionalLimit = TRANSACTIONAL_LIMIT_PER_MINUTE;
        transactionalWindow = Duration.ofMinutes(1);
        campaignLimit = CAMPAIGN_LIMIT_PER_HOUR;
        campaignWindow = Duration.ofHours(1);
        deliveryDelay = Duration.ofSeconds(2);
    }

    /**
     * Redirect URIs registered for the test client from outside the code, for a sandbox started standalone: the
     * system property {@value #REDIRECT_URIS_PROPERTY} or the environment variable {@value #REDIRECT_URIS_ENV}, comma
     * separated, as an integrator registers them in the panel.
     */
    private static List<String> extraRedirectUris() {
        String value = System.getProperty(REDIRECT_URIS_PROPERTY, System.getenv(REDIRECT_URIS_ENV));
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
    }

    @Override
    public String faultBody(int status) {
        return "{\"error\":\"server_error\",\"error_description\":\"Sunucu Hatası (" + status + ")\"}";
    }

    // ---- what tests can see and change

    public MobildevApiKey apiKey(String key) {
        return keys.get(key);
    }

    /** Creates another API key, valid for {@code validFor}, allowed from loopback, with the default originators. */
    public MobildevApiKey addApiKey(String key, String secret, Duration validFor) {
        MobildevApiKey k = new MobildevApiKey(key, secret, clock.instant().plus(validFor), ORIGINATORS,
                INITIAL_CREDITS);
        keys.put(key, k);
        return k;
    }

    public MobildevClient client(String clientId) {
        return clients.get(clientId);
    }

    /**
     * How many times each number was accepted, over every accepted send of every channel: the record a bulk run's
     * lost and sent-twice recipients are checked against.
     */
    public Map<String, Integer> acceptancesPerRecipient() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (MobildevMessage message : acceptedMessages()) {
            for (MobildevMessage.Recipient recipient : message.recipients) {
                counts.merge(recipient.number, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Every submission accepted, in order. */
    public List<MobildevMessage> acceptedMessages() {
        return List.copyOf(accepted);
    }

    public MobildevMessage message(String id) {
        return messages.get(id);
    }

    /** How many requests were refused with this error ({@code timestamp_expired}, {@code 05}, ...). */
    public int refusals(String error) {
        AtomicInteger n = refusals.get(error);
        return n == null ? 0 : n.get();
    }

    /** The nonces of the signed requests seen in the replay window (at least the last two minutes). */
    public Set<String> recentNonces() {
        return Set.copyOf(recentNonces.keySet());
    }

    /**
     * The nonce of every correctly signed request, in arrival order, whatever became of it (replays and stale
     * timestamps included); the last 100000.
     */
    public List<String> signedNonces() {
        return List.copyOf(signedNonces);
    }

    /** Every token issued, live or not. */
    public List<MobildevToken> tokens() {
        return oauth.tokens();
    }

    /** Every authorization code issued. */
    public List<String> issuedAuthorizationCodes() {
        return oauth.issuedCodes();
    }

    /** A person revokes, in Mobildev's panel, every consent they gave the client (guide §4.8). */
    public int revokeConsent(String userEmail, String clientId) {
        return oauth.revoke(userEmail, clientId);
    }

    /** Every token issued so far expires now. */
    public void expireTokens() {
        oauth.expireAll();
    }

    /** Sets the transactional limit per API key (5000 a minute by default). */
    public void setTransactionalRateLimit(int limit, Duration window) {
        transactionalLimit = limit;
        transactionalWindow = window;
        sendLimits.clear();
    }

    /** Sets the campaign limit per client (10000 an hour by default). */
    public void setCampaignRateLimit(int limit, Duration window) {
        campaignLimit = limit;
        campaignWindow = window;
        sendLimits.clear();
    }

    public void setCampaignCredits(long credits) {
        campaignCredits.set(credits);
    }

    /** How long after its send time a submission's messages reach their final state. */
    public void setDeliveryDelay(Duration delay) {
        this.deliveryDelay = delay;
    }

    /** Delivers every due message now. */
    public void deliverAll() {
        Instant now = clock.instant();
        messages.values().forEach(m -> {
            if (m.finalAt.isAfter(now) && !m.sendAt.isAfter(now)) {
                m.finalAt = now;
            }
        });
    }

    /**
     * The next authenticated send or status call answers with this error instead of doing anything: a two-digit
     * legacy code ({@code 02}, {@code 03}...) answers like a body error of its format; anything else is a JSON error
     * with this HTTP status.
     */
    public void answerNextWith(int httpStatus, String error) {
        forced.addLast(new String[] {String.valueOf(httpStatus), error});
    }

    /**
     * The next authenticated call is answered with exactly this body (HTTP 200, {@code text/plain}): the answer
     * shapes of public sources, or a hostile answer.
     */
    public void answerNextWithBody(String body) {
        forced.addLast(new String[] {"raw", body});
    }

    /** How many classic API requests (POST /) were authenticated with this Action. */
    public int classicCalls(String action) {
        AtomicInteger n = classicCalls.get(action);
        return n == null ? 0 : n.get();
    }

    // ---- the API

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        MobildevSubmission.Format[] format = {null};
        try {
            dispatch(exchange, format);
        } catch (MobildevRefusal r) {
            if (r.raw != null) {
                exchange.respond(200, "text/plain; charset=utf-8", r.raw);
                return;
            }
            refusals.computeIfAbsent(r.legacyCode != null && format[0] == MobildevSubmission.Format.XML
                    ? r.legacyCode : r.error, k -> new AtomicInteger()).incrementAndGet();
            if (r.legacyCode != null && format[0] == MobildevSubmission.Format.XML) {
                exchange.respond(200, "text/plain; charset=utf-8", r.legacyCode);
            } else if (r.legacyCode != null) {
                ObjectNode body = json.createObjectNode().put("success", false).put("error", r.error)
                        .put("error_description", r.description());
                exchange.respondJson(r.status, json.writeValueAsString(body));
            } else {
                ObjectNode body = json.createObjectNode().put("error", r.error)
                        .put("error_description", r.description());
                exchange.respondJson(r.status, json.writeValueAsString(body));
            }
        }
    }

    private void dispatch(SandboxExchange exchange, MobildevSubmission.Format[] format) throws IOException {
        String path = exchange.path();
        Matcher status;
        if ("/".equals(path) && "POST".equals(exchange.method())) {
            format[0] = MobildevSubmission.Format.XML; // every classic answer is plain text, a refusal a bare code
            classic(exchange);
        } else if (TRANSACTIONAL_SEND.equals(path) && "POST".equals(exchange.method())) {
            MobildevApiKey key = verifySigned(exchange);
            limit(exchange, "key:" + key.key, transactionalLimit, transactionalWindow);
            format[0] = bodyFormat(exchange.header("Content-Type"));
            forcedAnswer();
            send(exchange, format[0], "transactional", key.key, null, key.originators, key.credits);
        } else if ((status = TRANSACTIONAL_STATUS.matcher(path)).matches() && "GET".equals(exchange.method())) {
            MobildevApiKey key = verifySigned(exchange);
            format[0] = acceptFormat(exchange);
            forcedAnswer();
            statusBody(exchange, status.group(1));
            report(exchange, format[0], status.group(1), "transactional", key.key, null);
        } else if (CAMPAIGN_SEND.equals(path) && "POST".equals(exchange.method())) {
            MobildevToken token = oauth.bearer(exchange, "sms:campaign", true);
            limit(exchange, "client:" + token.clientId, campaignLimit, campaignWindow);
            format[0] = bodyFormat(exchange.header("Content-Type"));
            forcedAnswer();
            send(exchange, format[0], "campaign", token.clientId, token.user, campaignOriginators, campaignCredits);
        } else if ((status = CAMPAIGN_STATUS.matcher(path)).matches() && "GET".equals(exchange.method())) {
            MobildevToken token = oauth.bearer(exchange, "sms:report", false);
            format[0] = acceptFormat(exchange);
            forcedAnswer();
            report(exchange, format[0], status.group(1), "campaign", token.clientId, token.user);
        } else if ("/oauth/authorize".equals(path)) {
            oauth.authorize(exchange);
        } else if ("/oauth/login".equals(path)) {
            oauth.login(exchange);
        } else if ("/oauth/sign".equals(path)) {
            oauth.sign(exchange);
        } else if ("/oauth/token".equals(path)) {
            oauth.token(exchange);
        } else {
            throw MobildevRefusal.of(404, "not_found", "Endpoint veya kaynak yok");
        }
    }

    /** The checks of guide §3.2 and §6.2, in the order that reveals least to a caller without the secret. */
    private MobildevApiKey verifySigned(SandboxExchange exchange) {
        String keyHeader = exchange.header("X-API-Key");
        MobildevApiKey key = keyHeader == null ? null : keys.get(keyHeader);
        if (key == null) {
            throw refuse(401, "invalid_api_key");
        }
        if (!clock.instant().isBefore(key.validUntil)) {
            throw refuse(401, "api_key_expired");
        }
        if (!key.allowList.allows(exchange.remoteIp())) {
            throw refuse(403, "ip_not_whitelisted");
        }
        String timestamp = exchange.header("X-Timestamp");
        String nonce = exchange.header("X-Nonce");
        String signature = exchange.header("X-Signature");
        if (signature == null || signature.isEmpty()) {
            throw MobildevRefusal.of(401, "invalid_signature", "X-Signature eksik");
        }
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            throw MobildevRefusal.of(400, "invalid_request", "X-Timestamp Unix zamanı (saniye) olmalı");
        }
        if (nonce == null || !UUID.matcher(nonce).matches()) {
            throw MobildevRefusal.of(400, "invalid_request", "X-Nonce bir UUID olmalı");
        }
        String expected = sign(key.secret, exchange.method(), exchange.rawPath(), timestamp, nonce, exchange.body());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.UTF_8))) {
            throw refuse(401, "invalid_signature");
        }
        signedNonces.addLast(nonce);
        if (signedNonces.size() > SIGNED_NONCES_KEPT) {
            signedNonces.pollFirst();
        }
        long now = wallClock.instant().getEpochSecond();
        if (Math.abs(now - Long.parseLong(timestamp)) > TIMESTAMP_WINDOW.toSeconds()) {
            throw MobildevRefusal.of(401, "timestamp_expired", "Timestamp çok eski veya ileri: sunucu saatinden en çok "
                                                               + TIMESTAMP_WINDOW.toSeconds() + " saniye farklı olabilir");
        }
        purgeNonces(now);
        if (recentNonces.putIfAbsent(key.key + " " + nonce.toLowerCase(Locale.ROOT), now) != null) {
            throw refuse(401, "nonce_already_used");
        }
        return key;
    }

    /** hex HMAC-SHA256(secret, METHOD\nPATH\nTIMESTAMP\nNONCE\nBODY) over the bytes as received. */
    static String sign(String secret, String method, String path, String timestamp, String nonce, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            payload.writeBytes((method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            payload.writeBytes(body);
            return HexFormat.of().formatHex(mac.doFinal(payload.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void purgeNonces(long now) {
        long last = lastNoncePurge.get();
        if (now - last >= 10 && lastNoncePurge.compareAndSet(last, now)) {
            long oldest = now - 4 * TIMESTAMP_WINDOW.toSeconds();
            recentNonces.values().removeIf(seen -> seen < oldest);
        }
    }

    private void limit(SandboxExchange exchange, String who, int limit, Duration window) {
        SlidingWindowLimit.Decision d = sendLimits.computeIfAbsent(who,
                w -> new SlidingWindowLimit(limit, window, clock)).tryAcquire();
        rateLimitHeaders(exchange, d);
        if (!d.allowed) {
            throw refuse(429, "rate_limit_exceeded");
        }
    }

    static void rateLimitHeaders(SandboxExchange exchange, SlidingWindowLimit.Decision d) {
        exchange.responseHeader("X-RateLimit-Limit", String.valueOf(d.limit));
        exchange.responseHeader("X-RateLimit-Remaining", String.valueOf(d.remaining));
        exchange.responseHeader("X-RateLimit-Reset", String.valueOf(d.resetEpochSeconds));
        if (!d.allowed) {
            exchange.responseHeader("Retry-After", String.valueOf(d.retryAfterSeconds));
        }
    }

    private void forcedAnswer() {
        String[] next = forced.pollFirst();
        if (next == null) {
            return;
        }
        if ("raw".equals(next[0])) {
            throw MobildevRefusal.raw(next[1]);
        }
        int status = Integer.parseInt(next[0]);
        String error = next[1];
        if (error.matches("\\d{2}")) {
            throw MobildevRefusal.body(status, "02".equals(error) ? "insufficient_balance" : "invalid_request", error,
                    "Mobildev kodu " + error);
        }
        throw MobildevRefusal.of(status, error, DESCRIPTIONS.getOrDefault(error, "Bilinmeyen hata"));
    }

    /** The format a body's Content-Type declares; UTF-8 only. */
    static MobildevSubmission.Format bodyFormat(String contentType) {
        if (contentType == null) {
            throw MobildevRefusal.of(400, "invalid_request", "Content-Type zorunlu: application/xml veya application/json");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if ("charset".equalsIgnoreCase(kv[0].trim()) && (kv.length < 2
                    || !"utf-8".equalsIgnoreCase(kv[1].trim().replace("\"", "")))) {
                throw MobildevRefusal.of(400, "invalid_request", "Karakter seti UTF-8 olmalı");
            }
        }
        switch (type) {
            case "application/json":
                return MobildevSubmission.Format.JSON;
            case "application/xml":
            case "text/xml":
                return MobildevSubmission.Format.XML;
            default:
                throw MobildevRefusal.of(400, "invalid_request",
                        "Content-Type application/xml veya application/json olmalı: " + contentType);
        }
    }

    /** A report is XML unless the caller accepts JSON. */
    private static MobildevSubmission.Format acceptFormat(SandboxExchange exchange) {
        String accept = exchange.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json")
                ? MobildevSubmission.Format.JSON : MobildevSubmission.Format.XML;
    }

    /** A status query has no body, or the guide's {@code <MainReportRoot><MsgID>} naming the same id. */
    private static void statusBody(SandboxExchange exchange, String id) {
        if (exchange.body().length == 0) {
            return;
        }
        Matcher m = MAIN_REPORT_ROOT.matcher(exchange.bodyText());
        if (!m.matches() || !m.group(1).equals(id)) {
            throw MobildevRefusal.of(400, "invalid_request", "Durum sorgusunun gövdesi boş ya da aynı MsgID olmalı");
        }
    }

    private void send(SandboxExchange exchange, MobildevSubmission.Format format, String channel, String owner,
                      String user, Set<String> originators, AtomicLong credits) throws IOException {
        boolean campaign = "campaign".equals(channel);
        MobildevSubmission s = format == MobildevSubmission.Format.XML
                ? MobildevSubmission.parseXml(exchange.body(), campaign)
                : MobildevSubmission.parseJson(exchange.body(), campaign, json);
        accept(exchange, s, format, channel, owner, user, originators, credits);
    }

    private void accept(SandboxExchange exchange, MobildevSubmission s, MobildevSubmission.Format format,
                        String channel, String owner, String user, Set<String> originators, AtomicLong credits)
            throws IOException {
        boolean campaign = "campaign".equals(channel);
        List<MobildevMessage.Recipient> recipients = new ArrayList<>();
        for (MobildevSubmission.Item item : s.items) {
            recipients.add(new MobildevMessage.Recipient(item.number, item.text));
        }
        for (String group : s.segments) {
            List<String> numbers = segments.get(group);
            if (numbers == null) {
                throw MobildevRefusal.body(400, "invalid_request", "05", "bilinmeyen segment " + group);
            }
            numbers.forEach(n -> recipients.add(new MobildevMessage.Recipient(n, s.segmentText)));
        }
        if (!s.originator.isEmpty() && !originators.contains(s.originator)) {
            throw MobildevRefusal.body(400, "invalid_originator", "06", "Tanımsız originator " + s.originator);
        }
        long cost = recipients.stream().mapToLong(r -> SmsLength.parts(r.text)).sum();
        Instant now = clock.instant();
        Instant sendAt = s.sendAt == null || s.sendAt.isBefore(now) ? now : s.sendAt;
        String id;
        MobildevMessage message;
        synchronized (credits) {
            if (credits.get() < cost) {
                throw MobildevRefusal.body(402, "insufficient_balance", "02", "Bakiye yetersiz");
            }
            credits.addAndGet(-cost);
            id = String.valueOf((campaign ? nextCampaignId : nextTransactionalId).getAndIncrement());
            message = new MobildevMessage(id, channel, owner, user, s, recipients, now, sendAt,
                    sendAt.plus(deliveryDelay));
            messages.put(id, message);
            accepted.add(message);
        }
        if (format == MobildevSubmission.Format.XML) {
            exchange.respond(200, "text/plain; charset=utf-8", "ID:" + id);
        } else {
            ObjectNode body = json.createObjectNode().put("success", true).put(campaign ? "campaign_id" : "id", id);
            exchange.respondJson(200, json.writeValueAsString(body));
        }
    }

    /**
     * The standard SMS reports, plain text whatever the request's format: a line per recipient (see
     * {@link MobildevMessage#reportLines}), or a bare {@code 02} while the submission is not processed yet.
     */
    private void report(SandboxExchange exchange, MobildevSubmission.Format format, String id, String channel,
                        String owner, String user) throws IOException {
        MobildevMessage m = messages.get(id);
        if (m == null || !m.channel.equals(channel) || !m.owner.equals(owner)
            || (user != null && !user.equals(m.user))) {
            throw MobildevRefusal.of(404, "not_found", "Bu kimlikle bir gönderim yok: " + id);
        }
        Instant now = clock.instant();
        exchange.respond(200, "text/plain; charset=utf-8", m.processed(now) ? m.reportLines(now) : "02");
    }

    // ---- the classic XML API: POST / with the credentials in the body

    /** Report by MsgID (Action 3) takes at most this many ids. */
    public static final int CLASSIC_MAX_REPORT_IDS = 25;
    private static final Set<String> CLASSIC_ROOTS = Set.of("MainmsgBody", "MainReportRoot");

    /**
     * Mobildev's classic XML API, as its public clients use it: {@code <MainmsgBody>} or {@code <MainReportRoot>}
     * (optionally inside an {@code <xml>} wrapper, as one client sends it), {@code <UserName>}/{@code <PassWord>} an
     * API key and its secret, and an {@code <Action>}: 0 one text to many, 1 a text per number, 2 report by date
     * ({@code FDate}/{@code LDate}), 3 report by {@code MsgID} (comma separated, at most 25), 4 user info (credit,
     * then the originators, a line each), 5 sub-accounts (none in the sandbox: an empty answer), 6 cancel a scheduled
     * send ({@code 00}). Every answer is HTTP 200 plain text; a refusal a bare two-digit code.
     */
    private void classic(SandboxExchange exchange) throws IOException {
        org.w3c.dom.Element root = MobildevSubmission.readXml(exchange.body());
        if ("xml".equals(root.getTagName())) {
            java.util.Collection<org.w3c.dom.Element> inner = MobildevSubmission.elements(root).values();
            if (inner.size() != 1) {
                throw MobildevSubmission.bad("05", "xml içinde tek kök düğüm olmalı");
            }
            root = inner.iterator().next();
        }
        if (!CLASSIC_ROOTS.contains(root.getTagName())) {
            throw MobildevSubmission.bad("05", "kök düğüm MainmsgBody veya MainReportRoot olmalı");
        }
        Map<String, org.w3c.dom.Element> el = MobildevSubmission.elements(root);
        MobildevApiKey key = keys.get(textOf(el, "UserName"));
        String password = textOf(el, "PassWord");
        if (key == null || !MessageDigest.isEqual(key.secret.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8)) || !clock.instant().isBefore(key.validUntil)
            || !key.allowList.allows(exchange.remoteIp())) {
            throw MobildevSubmission.bad("01", "Hatalı kullanıcı adı, şifre veya bayi kodu");
        }
        String action = textOf(el, "Action");
        classicCalls.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        forcedAnswer();
        switch (action) {
            case "0":
            case "1":
                accept(exchange, MobildevSubmission.fromXml(root, action.equals("1"), true),
                        MobildevSubmission.Format.XML, "classic", key.key, null, key.originators, key.credits);
                return;
            case "2":
                only(el, "UserName", "PassWord", "Action", "FDate", "LDate");
                classicReportByDate(exchange, key, textOf(el, "FDate"), textOf(el, "LDate"));
                return;
            case "3":
                only(el, "UserName", "PassWord", "Action", "MsgID");
                classicReport(exchange, key, textOf(el, "MsgID"));
                return;
            case "4":
                only(el, "UserName", "PassWord", "Action");
                exchange.respond(200, "text/plain; charset=utf-8", key.credits() + "\r\n"
                        + String.join("\r\n", new java.util.TreeSet<>(key.originators)));
                return;
            case "5":
                only(el, "UserName", "PassWord", "Action");
                exchange.respond(200, "text/plain; charset=utf-8", "");
                return;
            case "6":
                only(el, "UserName", "PassWord", "Action", "MsgID");
                classicCancel(exchange, key, textOf(el, "MsgID"));
                return;
            default:
                throw MobildevSubmission.bad("03", "Tanımsız Action parametresi");
        }
    }

    private void classicReport(SandboxExchange exchange, MobildevApiKey key, String msgIds) throws IOException {
        if (msgIds.isEmpty()) {
            throw MobildevSubmission.bad("07", "Mesaj kodu (ID) yok");
        }
        String[] ids = msgIds.split(",", -1);
        if (ids.length > CLASSIC_MAX_REPORT_IDS) {
            throw MobildevSubmission.bad("05", "bir sorguda en çok " + CLASSIC_MAX_REPORT_IDS + " MsgID olur");
        }
        List<MobildevMessage> found = new ArrayList<>();
        for (String raw : ids) {
            String id = raw.trim();
            if (!id.matches("\\d{1,20}")) {
                throw MobildevSubmission.bad("05", "MsgID sayı olmalı: " + id);
            }
            MobildevMessage m = messages.get(id);
            if (m != null && "classic".equals(m.channel) && m.owner.equals(key.key)) {
                found.add(m);
            }
        }
        if (found.isEmpty()) {
            throw MobildevSubmission.bad("07", "Mesaj kodu (ID) yok");
        }
        respondLines(exchange, found);
    }

    private void classicReportByDate(SandboxExchange exchange, MobildevApiKey key, String from, String to)
            throws IOException {
        Instant first;
        Instant last;
        try {
            first = java.time.LocalDateTime.parse(from, CLASSIC_DATE).atZone(MobildevSubmission.TURKEY).toInstant();
            last = java.time.LocalDateTime.parse(to, CLASSIC_DATE).atZone(MobildevSubmission.TURKEY).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw MobildevSubmission.bad("09", "Tarih alanları boş veya hatalı");
        }
        if (last.isBefore(first)) {
            throw MobildevSubmission.bad("09", "LDate FDate'ten önce olamaz");
        }
        List<MobildevMessage> found = accepted.stream().filter(m -> "classic".equals(m.channel)
                && m.owner.equals(key.key) && messages.containsKey(m.id) && !m.submittedAt.isBefore(first)
                && !m.submittedAt.isAfter(last)).toList();
        if (found.isEmpty()) {
            throw MobildevSubmission.bad("08", "Verilen tarihler arasında SMS gönderimi yok");
        }
        respondLines(exchange, found);
    }

    private static final DateTimeFormatter CLASSIC_DATE = DateTimeFormatter.ofPattern("ddMMuuuuHHmm")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** The report lines of the processed submissions; {@code 02} when none is processed yet. */
    private void respondLines(SandboxExchange exchange, List<MobildevMessage> found) throws IOException {
        Instant now = clock.instant();
        StringBuilder lines = new StringBuilder();
        found.stream().filter(m -> m.processed(now)).forEach(m -> lines.append(m.reportLines(now)));
        exchange.respond(200, "text/plain; charset=utf-8", lines.length() == 0 ? "02" : lines.toString());
    }

    /** Cancels a send whose time has not come ({@code 00}); one already processed, or unknown, answers {@code 07}. */
    private void classicCancel(SandboxExchange exchange, MobildevApiKey key, String id) throws IOException {
        MobildevMessage m = messages.get(id.trim());
        if (m == null || !"classic".equals(m.channel) || !m.owner.equals(key.key) || m.processed(clock.instant())) {
            throw MobildevSubmission.bad("07", "İptal edilebilecek (ileri tarihli) bir gönderim yok: " + id);
        }
        if (messages.remove(m.id, m)) {
            key.credits.addAndGet(m.recipients.stream().mapToLong(r -> SmsLength.parts(r.text)).sum());
            cancelled.add(m.id);
        }
        exchange.respond(200, "text/plain; charset=utf-8", "00");
    }

    /** The ids of the sends cancelled through the classic API (Action 6), in order. */
    public List<String> cancelledIds() {
        return List.copyOf(cancelled);
    }

    private static void only(Map<String, org.w3c.dom.Element> el, String... allowed) {
        Set<String> names = Set.of(allowed);
        for (String name : el.keySet()) {
            if (!names.contains(name)) {
                throw MobildevSubmission.bad("05", "bilinmeyen düğüm " + name);
            }
        }
    }

    private static String textOf(Map<String, org.w3c.dom.Element> el, String name) {
        org.w3c.dom.Element e = el.get(name);
        return e == null ? "" : e.getTextContent().trim();
    }

    private static MobildevRefusal refuse(int status, String error) {
        return MobildevRefusal.of(status, error, DESCRIPTIONS.get(error));
    }
}
