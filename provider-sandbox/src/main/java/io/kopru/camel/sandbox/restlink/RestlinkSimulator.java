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
package io.kopru.camel.sandbox.restlink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.sandbox.JsonApiRefusal;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxCrypto;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxJwt;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.SlidingWindowLimit;
import io.kopru.camel.sandbox.SmsLength;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Restlink's SMS API as its authentication document describes it, with every check it names:
 * <ul>
 * <li>API key ({@code X-API-Key}); a key created with signature verification must also carry {@code X-Timestamp}
 * (Unix seconds) and {@code X-Signature}, hex HMAC-SHA256 of {@code METHOD|path|timestamp|body} with the key's API
 * secret, the path without its query string and {@code ""} as the body of a GET. Missing headers: 401
 * {@code SIGNATURE_REQUIRED}; a wrong signature, a timestamp more than 5 minutes from the server's time, or a
 * timestamp + signature pair already accepted once: 401 {@code INVALID_SIGNATURE};</li>
 * <li>JWT: {@code POST /api/v1/user/auth} with {@code {"login","password"}} answers {@code {"status":true,"token"}};
 * the token goes in {@code Authorization: Bearer}, and expires (one hour by default, {@link #setTokenLifetime});</li>
 * <li>{@code POST /api/v1/sms/send} with {@code {"to":[E.164...],"message","sender_id"}} and
 * {@code GET /api/v1/sms/stats?period=}.</li>
 * </ul>
 * What the documents leave open is decided as a careful integrator would, and written in the component's README:
 * errors are {@code {"status":false,"error":{"code","message"}}}; unknown body fields, numbers not in E.164, more than
 * 1000 recipients, an empty text or one longer than 10 parts, and a {@code sender_id} that is not 1-11 letters, digits,
 * spaces, dots, dashes or underscores (or up to 15 digits) are 400 {@code VALIDATION_ERROR}; {@code period} is one of
 * {@code 1d 7d 30d 90d}.
 */
public final class RestlinkSimulator implements ProviderSimulator {

    /** A key without signature verification. */
    public static final String API_KEY = "sk_test_rl_plain_4f1c9a7e";
    /** A key created with signature verification; its API secret is {@link #API_SECRET}. */
    public static final String SIGNED_API_KEY = "sk_test_rl_signed_8b2e7d10";
    public static final String API_SECRET = "rl_secret_2f9c71e0a4d6";
    /** Portal credentials for the JWT login. */
    public static final String USERNAME = "kopru-tester";
    public static final String PASSWORD = "Rl-test-pass-3141";
    /** How far a timestamp may be from the server's time. */
    public static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(5);
    public static final Set<String> PERIODS = Set.of("1d", "7d", "30d", "90d");
    public static final long INITIAL_CREDITS = 100_000;
    static final int MAX_RECIPIENTS = 1000;
    static final int MAX_PARTS = 10;

    private static final String AUTH = "/api/v1/user/auth";
    private static final String SEND = "/api/v1/sms/send";
    private static final String STATS = "/api/v1/sms/stats";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern SENDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,10}|\\+?\\d{1,15}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, RestlinkApiKey> keys = new ConcurrentHashMap<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final List<RestlinkMessage> accepted = new CopyOnWriteArrayList<>();
    private final List<RestlinkSignedRequest> signedRequests = new CopyOnWriteArrayList<>();
    /** "key|timestamp|signature" of every pair accepted within the window, with the time it was accepted. */
    private final Map<String, Instant> usedPairs = new LinkedHashMap<>();
    private final AtomicInteger replaysRejected = new AtomicInteger();
    private final AtomicInteger signatureFailures = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong credits = new AtomicLong();
    private final AtomicInteger tokenGeneration = new AtomicInteger();
    private volatile SandboxJwt jwt = new SandboxJwt();
    private volatile Duration tokenLifetime = Duration.ofHours(1);
    private volatile boolean unavailable;
    private volatile SlidingWindowLimit rateLimit;
    private Clock clock = Clock.systemUTC();

    public RestlinkSimulator() {
        reset();
    }

    @Override
    public String name() {
        return "restlink";
    }

    @Override
    public void attach(SandboxServer server) {
        this.clock = server.clock();
    }

    @Override
    public Map<String, String> credentials() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("apiKey (no signature)", API_KEY);
        c.put("apiKey (signature required)", SIGNED_API_KEY);
        c.put("secretKey (its API secret)", API_SECRET);
        c.put("username / password (JWT login)", USERNAME + " / " + PASSWORD);
        return c;
    }

    @Override
    public synchronized void reset() {
        keys.clear();
        keys.put(API_KEY, new RestlinkApiKey(API_KEY, null, Set.of(RestlinkApiKey.SEND, RestlinkApiKey.STATS)));
        keys.put(SIGNED_API_KEY, new RestlinkApiKey(SIGNED_API_KEY, API_SECRET,
                Set.of(RestlinkApiKey.SEND, RestlinkApiKey.STATS)));
        users.clear();
        users.put(USERNAME, PASSWORD);
        accepted.clear();
        signedRequests.clear();
        synchronized (usedPairs) {
            usedPairs.clear();
        }
        replaysRejected.set(0);
        signatureFailures.set(0);
        logins.set(0);
        credits.set(INITIAL_CREDITS);
        jwt = new SandboxJwt();
        tokenLifetime = Duration.ofHours(1);
        unavailable = false;
        rateLimit = null;
    }

    @Override
    public String faultBody(int status) {
        return error(status == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_ERROR",
                status == 503 ? "Service temporarily unavailable" : "Internal server error").toString();
    }

    // ---- what tests can see and change

    /** Creates a key; with a secret, signature verification is on for it and required. */
    public RestlinkApiKey addApiKey(String key, String secret, String... permissions) {
        RestlinkApiKey k = new RestlinkApiKey(key, secret, permissions.length == 0
                ? Set.of(RestlinkApiKey.SEND, RestlinkApiKey.STATS) : Set.of(permissions));
        keys.put(key, k);
        return k;
    }

    public RestlinkApiKey apiKey(String key) {
        return keys.get(key);
    }

    public void addUser(String login, String password) {
        users.put(login, password);
    }

    /** Every message accepted, in order. */
    public List<RestlinkMessage> acceptedMessages() {
        return List.copyOf(accepted);
    }

    /** Every request whose signature was verified and accepted, in order. */
    public List<RestlinkSignedRequest> signedRequests() {
        return List.copyOf(signedRequests);
    }

    /** Requests refused because their timestamp + signature pair had been accepted before. */
    public int replaysRejected() {
        return replaysRejected.get();
    }

    /** Requests refused with INVALID_SIGNATURE for any reason, replays included. */
    public int signatureFailures() {
        return signatureFailures.get();
    }

    /** Successful JWT logins. */
    public int logins() {
        return logins.get();
    }

    public long credits() {
        return credits.get();
    }

    public void setCredits(long credits) {
        this.credits.set(credits);
    }

    /** How long the JWTs issued from now on live. */
    public void setTokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }

    /** Invalidates every JWT issued so far (as a password change would); a new login is needed. */
    public void revokeTokens() {
        tokenGeneration.incrementAndGet();
    }

    public void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    /** At most {@code perWindow} calls per window; the rest get 429 with {@code Retry-After} and X-RateLimit-*. */
    public void setRateLimit(int perWindow, Duration window) {
        this.rateLimit = perWindow <= 0 ? null : new SlidingWindowLimit(perWindow, window, clock);
    }

    // ---- the API

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        try {
            JsonNode answer = dispatch(exchange);
            exchange.respondJson(200, json.writeValueAsString(answer));
        } catch (JsonApiRefusal r) {
            exchange.respondJson(r.status(), error(r.code(), r.getMessage()).toString());
        }
    }

    private JsonNode dispatch(SandboxExchange exchange) {
        String path = exchange.path();
        boolean known = AUTH.equals(path) || SEND.equals(path) || STATS.equals(path);
        if (!known) {
            throw new JsonApiRefusal(404, "NOT_FOUND", "No such endpoint");
        }
        String expectedMethod = STATS.equals(path) ? "GET" : "POST";
        if (!expectedMethod.equals(exchange.method())) {
            throw new JsonApiRefusal(405, "METHOD_NOT_ALLOWED", path + " takes " + expectedMethod);
        }
        if (unavailable) {
            throw new JsonApiRefusal(503, "SERVICE_UNAVAILABLE", "Service temporarily unavailable");
        }
        SlidingWindowLimit limit = rateLimit;
        if (limit != null) {
            SlidingWindowLimit.Decision d = limit.tryAcquire();
            exchange.responseHeader("X-RateLimit-Limit", String.valueOf(d.limit));
            exchange.responseHeader("X-RateLimit-Remaining", String.valueOf(d.remaining));
            exchange.responseHeader("X-RateLimit-Reset", String.valueOf(d.resetEpochSeconds));
            if (!d.allowed) {
                exchange.responseHeader("Retry-After", String.valueOf(d.retryAfterSeconds));
                throw new JsonApiRefusal(429, "RATE_LIMIT_EXCEEDED", "Too many requests");
            }
        }
        if (AUTH.equals(path)) {
            return login(exchange);
        }
        Caller caller = authenticate(exchange);
        if (SEND.equals(path)) {
            caller.require(RestlinkApiKey.SEND);
            return send(exchange, caller);
        }
        caller.require(RestlinkApiKey.STATS);
        return stats(exchange);
    }

    private JsonNode login(SandboxExchange exchange) {
        JsonNode body = JsonApiRefusal.requireJsonObject(exchange, json);
        String login = body.path("login").isTextual() ? body.path("login").asText() : null;
        String password = body.path("password").isTextual() ? body.path("password").asText() : null;
        if (login == null || password == null || login.isEmpty()) {
            throw new JsonApiRefusal(400, "VALIDATION_ERROR", "login and password are required");
        }
        if (!SandboxCrypto.constantTimeEquals(users.get(login), password)) {
            throw new JsonApiRefusal(401, "INVALID_CREDENTIALS", "Invalid login or password");
        }
        logins.incrementAndGet();
        ObjectNode answer = json.createObjectNode();
        answer.put("status", true);
        answer.put("token", jwt.issue(login, clock.instant(), tokenLifetime, Map.of("gen", tokenGeneration.get())));
        return answer;
    }

    /** Who is calling, and what they may do. */
    private static final class Caller {
        final String mode;
        final Set<String> permissions;

        Caller(String mode, Set<String> permissions) {
            this.mode = mode;
            this.permissions = permissions;
        }

        void require(String permission) {
            if (!permissions.contains(permission)) {
                throw new JsonApiRefusal(403, "INSUFFICIENT_PERMISSIONS", "This API key lacks the " + permission
                                                                   + " permission");
            }
        }
    }

    private Caller authenticate(SandboxExchange exchange) {
        String apiKey = exchange.header("X-API-Key");
        if (apiKey != null) {
            RestlinkApiKey key = keys.get(apiKey);
            if (key == null || key.revoked) {
                throw new JsonApiRefusal(401, "INVALID_API_KEY", "Invalid or revoked API key");
            }
            String timestamp = exchange.header("X-Timestamp");
            String signature = exchange.header("X-Signature");
            if (!key.signatureRequired()) {
                return new Caller("api-key", key.permissions);
            }
            if (timestamp == null || signature == null) {
                throw new JsonApiRefusal(401, "SIGNATURE_REQUIRED",
                        "This API key requires X-Timestamp and X-Signature headers");
            }
            verifySignature(exchange, key, timestamp, signature);
            return new Caller("hmac", key.permissions);
        }
        String authorization = exchange.header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            SandboxJwt.Verified token = jwt.verify(authorization.substring(7).trim(), clock.instant());
            if (token.problem == SandboxJwt.Problem.EXPIRED) {
                throw new JsonApiRefusal(401, "TOKEN_EXPIRED", "Token expired; log in again");
            }
            if (!token.valid() || token.claims.path("gen").asInt(-1) != tokenGeneration.get()) {
                throw new JsonApiRefusal(401, "INVALID_TOKEN", "Invalid token");
            }
            return new Caller("jwt", Set.of(RestlinkApiKey.SEND, RestlinkApiKey.STATS));
        }
        throw new JsonApiRefusal(401, "AUTHENTICATION_REQUIRED", "Send an X-API-Key header or a bearer token");
    }

    private void verifySignature(SandboxExchange exchange, RestlinkApiKey key, String timestamp, String signature) {
        Instant now = clock.instant();
        if (!TIMESTAMP.matcher(timestamp).matches()) {
            throw signatureFailure("X-Timestamp must be a Unix timestamp in seconds");
        }
        long ts = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - ts) > SIGNATURE_WINDOW.toSeconds()) {
            throw signatureFailure("Timestamp is not within 5 minutes of server time");
        }
        // the path as sent, without the query string; "" as the body of a GET
        byte[] body = "GET".equals(exchange.method()) ? new byte[0] : exchange.body();
        String expected = SandboxCrypto.hmacSha256Hex(key.secret,
                exchange.method() + "|" + exchange.rawPath() + "|" + timestamp + "|", body);
        if (!HEX_SHA256.matcher(signature).matches() || !SandboxCrypto.constantTimeEquals(expected, signature)) {
            throw signatureFailure("Signature verification failed");
        }
        String pair = key.key + "|" + timestamp + "|" + signature;
        synchronized (usedPairs) {
            for (Iterator<Instant> it = usedPairs.values().iterator(); it.hasNext(); ) {
                if (it.next().isBefore(now.minus(SIGNATURE_WINDOW.multipliedBy(2)))) {
                    it.remove();
                } else {
                    break;
                }
            }
            if (usedPairs.putIfAbsent(pair, now) != null) {
                replaysRejected.incrementAndGet();
                throw signatureFailure("This timestamp and signature were already used");
            }
        }
        signedRequests.add(new RestlinkSignedRequest(exchange.method(), exchange.rawPath(),
                exchange.rawQuery(), ts, signature));
    }

    private JsonApiRefusal signatureFailure(String message) {
        signatureFailures.incrementAndGet();
        return new JsonApiRefusal(401, "INVALID_SIGNATURE", message);
    }

    private JsonNode send(SandboxExchange exchange, Caller caller) {
        JsonNode body = JsonApiRefusal.requireJsonObject(exchange, json);
        List<String> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!Set.of("to", "message", "sender_id").contains(f)) {
                problems.add("unknown field " + f);
            }
        });
        JsonNode to = body.path("to");
        Set<String> recipients = new LinkedHashSet<>();
        if (!to.isArray() || to.isEmpty()) {
            problems.add("to must be a non-empty array of E.164 numbers");
        } else if (to.size() > MAX_RECIPIENTS) {
            problems.add("to takes at most " + MAX_RECIPIENTS + " numbers");
        } else {
            for (int i = 0; i < to.size(); i++) {
                JsonNode n = to.get(i);
                if (!n.isTextual() || !E164.matcher(n.asText()).matches()) {
                    problems.add("to[" + i + "] is not an E.164 number");
                } else {
                    recipients.add(n.asText());
                }
            }
        }
        JsonNode message = body.path("message");
        int parts = 0;
        if (!message.isTextual() || message.asText().isEmpty()) {
            problems.add("message must be a non-empty string");
        } else {
            parts = SmsLength.parts(message.asText());
            if (parts > MAX_PARTS) {
                problems.add("message is longer than " + MAX_PARTS + " SMS parts");
            }
        }
        JsonNode sender = body.path("sender_id");
        String senderId = null;
        if (!sender.isMissingNode()) {
            if (!sender.isTextual() || !SENDER_ID.matcher(sender.asText()).matches()) {
                problems.add("sender_id must be 1-11 letters, digits, spaces, dots, dashes or underscores, or a"
                             + " number of up to 15 digits");
            } else {
                senderId = sender.asText();
            }
        }
        if (!problems.isEmpty()) {
            throw new JsonApiRefusal(400, "VALIDATION_ERROR", String.join("; ", problems));
        }
        long cost = (long) parts * recipients.size();
        if (credits.addAndGet(-cost) < 0) {
            credits.addAndGet(cost);
            throw new JsonApiRefusal(402, "INSUFFICIENT_BALANCE", "Insufficient balance");
        }
        String id = "msg_" + String.format("%08d", nextId.getAndIncrement());
        accepted.add(new RestlinkMessage(id, new ArrayList<>(recipients), message.asText(), senderId, parts,
                clock.instant(), caller.mode));
        ObjectNode answer = json.createObjectNode();
        answer.put("status", true);
        answer.putObject("data").put("message_id", id).put("recipients", recipients.size()).put("segments", parts)
                .put("status", "queued");
        return answer;
    }

    private JsonNode stats(SandboxExchange exchange) {
        String period = exchange.query().get("period");
        if (period == null || !PERIODS.contains(period)) {
            throw new JsonApiRefusal(400, "VALIDATION_ERROR", "period must be one of 1d, 7d, 30d, 90d");
        }
        Instant since = clock.instant().minus(Duration.ofDays(Long.parseLong(period.substring(0, period.length() - 1))));
        long messages = 0;
        long recipients = 0;
        long segments = 0;
        for (RestlinkMessage m : accepted) {
            if (!m.acceptedAt.isBefore(since)) {
                messages++;
                recipients += m.to.size();
                segments += (long) m.segments * m.to.size();
            }
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("status", true);
        answer.putObject("data").put("period", period).put("messages", messages).put("sent", recipients)
                .put("segments", segments);
        return answer;
    }


    private ObjectNode error(String code, String message) {
        ObjectNode root = json.createObjectNode();
        root.put("status", false);
        root.putObject("error").put("code", code).put("message", message);
        return root;
    }

}
