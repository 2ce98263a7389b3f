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
package io.kopru.camel.sandbox.brokerage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.sandbox.JsonApiRefusal;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxCrypto;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxJwt;
import io.kopru.camel.sandbox.SandboxServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Brokerage Integration API as its authentication document describes it:
 * <ul>
 * <li>{@code POST /api/v1/integration/auth/authenticate} with {@code X-Target-Server: authentication} and the API key
 * and secret key in the body ({@code api_key}, {@code secret_key}) or in {@code Api-Key} / {@code Api-Secret}: an
 * access token (JWT, one hour) and a refresh token (seven days), {@code token_type}, {@code expires_in},
 * {@code expires_at}. Wrong credentials: 401 {@code INVALID_API_KEY};</li>
 * <li>{@code POST /api/v1/integration/auth/refresh} ({@code X-Target-Server: authentication},
 * {@code {"refresh_token"}}): a new access token and the same refresh token; an expired refresh token: 401
 * {@code REFRESH_TOKEN_EXPIRED};</li>
 * <li>every other path under {@code /api/v1/integration} needs {@code X-Target-Server: integration} and a valid,
 * unexpired {@code Authorization: Bearer} access token.</li>
 * </ul>
 * Token lifetimes are configurable and follow the sandbox clock, so a test crosses an expiry by moving the clock.
 * <p>
 * The document does not list the integration endpoints. The simulator serves any collection generically
 * ({@code GET/POST /{collection}}, {@code GET/PUT/PATCH/DELETE /{collection}/{id}}, JSON objects, {@code id} assigned),
 * and {@code POST /webhooks} registers a webhook ({@code url}, {@code authentication} of type 1, Basic, with
 * {@code username} and {@code password}, or type 2, Token, with {@code token}), which {@link #deliverEvent} then calls
 * with those credentials ({@code Authorization: Basic ...} or {@code Authorization: Bearer <token>}). Errors are
 * {@code {"error":{"code","message"}}} as documented; a missing or wrong {@code X-Target-Server} is 400
 * {@code INVALID_TARGET_SERVER}, a missing bearer 401 {@code UNAUTHORIZED}, an unknown one 401 {@code INVALID_TOKEN},
 * an expired one 401 {@code TOKEN_EXPIRED}.
 */
public final class BrokerageSimulator implements ProviderSimulator {

    public static final String API_KEY = "bk_test_key_6c1f02d9";
    public static final String SECRET_KEY = "bk_test_secret_93ad5e7b41";
    public static final String PREFIX = "/api/v1/integration";
    public static final String AUTHENTICATE = PREFIX + "/auth/authenticate";
    public static final String REFRESH = PREFIX + "/auth/refresh";

    private static final Pattern RESOURCE = Pattern.compile("/([a-z0-9_-]+)(?:/([A-Za-z0-9_-]+))?");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> accounts = new ConcurrentHashMap<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> refreshTokens = new ConcurrentHashMap<>();
    private final List<String> issuedAccessTokens = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, ObjectNode>> collections = new ConcurrentHashMap<>();
    private final List<ObjectNode> webhooks = new CopyOnWriteArrayList<>();
    private final List<BrokerageCall> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger authentications = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong nextId = new AtomicLong(1);
    private final SandboxJwt jwt = new SandboxJwt();
    private volatile Duration accessTokenLifetime = Duration.ofHours(1);
    private volatile Duration refreshTokenLifetime = Duration.ofDays(7);
    private volatile Duration tokenEndpointDelay = Duration.ZERO;
    private Clock clock = Clock.systemUTC();

    public BrokerageSimulator() {
        reset();
    }

    @Override
    public String name() {
        return "brokerage";
    }

    @Override
    public void attach(SandboxServer server) {
        this.clock = server.clock();
    }

    @Override
    public Map<String, String> credentials() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("apiKey", API_KEY);
        c.put("secretKey", SECRET_KEY);
        return c;
    }

    @Override
    public synchronized void reset() {
        accounts.clear();
        accounts.put(API_KEY, SECRET_KEY);
        accessTokens.clear();
        refreshTokens.clear();
        issuedAccessTokens.clear();
        collections.clear();
        webhooks.clear();
        calls.clear();
        authentications.set(0);
        refreshes.set(0);
        nextId.set(1);
        accessTokenLifetime = Duration.ofHours(1);
        refreshTokenLifetime = Duration.ofDays(7);
        tokenEndpointDelay = Duration.ZERO;
    }

    @Override
    public String faultBody(int status) {
        return error(status == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_ERROR",
                status == 503 ? "service unavailable" : "internal server error").toString();
    }

    // ---- what tests can see and change

    public void addAccount(String apiKey, String secretKey) {
        accounts.put(apiKey, secretKey);
    }

    /** How long access tokens issued from now on live (the document: one hour). */
    public void setAccessTokenLifetime(Duration lifetime) {
        this.accessTokenLifetime = lifetime;
    }

    /** How long refresh tokens issued from now on live (the document: seven days). */
    public void setRefreshTokenLifetime(Duration lifetime) {
        this.refreshTokenLifetime = lifetime;
    }

    /** Slows the two token endpoints down, to widen the window in which concurrent callers could each ask. */
    public void setTokenEndpointDelay(Duration delay) {
        this.tokenEndpointDelay = delay;
    }

    /** Successful authentications. */
    public int authentications() {
        return authentications.get();
    }

    /** Successful refreshes. */
    public int refreshes() {
        return refreshes.get();
    }

    /** Every access token issued, in order. */
    public List<String> issuedAccessTokens() {
        return List.copyOf(issuedAccessTokens);
    }

    /** Every refresh token issued. */
    public List<String> issuedRefreshTokens() {
        return List.copyOf(refreshTokens.keySet());
    }

    /** Invalidates every access token (refresh tokens stay valid), as a server-side revocation would. */
    public void revokeAccessTokens() {
        accessTokens.clear();
    }

    /** Every request under the API's prefix, in order. */
    public List<BrokerageCall> calls() {
        return List.copyOf(calls);
    }

    /** The objects of a collection, in creation order. */
    public List<ObjectNode> collection(String name) {
        return new ArrayList<>(collections.getOrDefault(name, Map.of()).values());
    }

    /** Puts an object into a collection as if another client had created it; returns its id. */
    public String seed(String collection, String jsonObject) {
        try {
            ObjectNode node = (ObjectNode) json.readTree(jsonObject);
            String id = node.path("id").isMissingNode() ? String.valueOf(nextId.getAndIncrement()) : node.path("id").asText();
            node.put("id", id);
            collections.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, node);
            return id;
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The registered webhooks, secrets included (what the platform stores). */
    public List<ObjectNode> webhooks() {
        return List.copyOf(webhooks);
    }

    /**
     * Delivers an event to every registered webhook the way the platform does, with the authentication it was
     * registered with.
     *
     * @return the HTTP status each webhook answered, in registration order
     */
    public List<Integer> deliverEvent(String eventJson) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Integer> statuses = new ArrayList<>();
        for (ObjectNode webhook : webhooks) {
            JsonNode auth = webhook.path("authentication");
            String authorization = auth.path("type").asInt() == 1
                    ? "Basic " + Base64.getEncoder().encodeToString((auth.path("username").asText() + ":"
                                                                     + auth.path("password").asText())
                            .getBytes(StandardCharsets.UTF_8))
                    : "Bearer " + auth.path("token").asText();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(webhook.path("url").asText()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(eventJson)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(response.statusCode());
        }
        return statuses;
    }

    // ---- the API

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        String path = exchange.path();
        if (path.startsWith(PREFIX + "/") || path.equals(PREFIX)) {
            String bearer = exchange.header("Authorization");
            calls.add(new BrokerageCall(exchange.method(), path.substring(PREFIX.length()), exchange.rawQuery(),
                    exchange.header("X-Target-Server"), bearer != null && bearer.startsWith("Bearer ")
                            ? bearer.substring(7) : null, exchange.header("Api-Key"),
                    exchange.header("Content-Type"), exchange.bodyText()));
        }
        try {
            Answer answer = dispatch(exchange);
            if (answer.body == null) {
                exchange.respond(answer.status, null, new byte[0]);
            } else {
                exchange.respondJson(answer.status, json.writeValueAsString(answer.body));
            }
        } catch (JsonApiRefusal r) {
            exchange.respondJson(r.status(), error(r.code(), r.getMessage()).toString());
        }
    }

    private Answer dispatch(SandboxExchange exchange) {
        String path = exchange.path();
        if (!path.startsWith(PREFIX + "/")) {
            throw new JsonApiRefusal(404, "NOT_FOUND", "not found");
        }
        if (path.equals(AUTHENTICATE) || path.equals(REFRESH)) {
            if (!"POST".equals(exchange.method())) {
                throw new JsonApiRefusal(405, "METHOD_NOT_ALLOWED", "method not allowed");
            }
            requireTarget(exchange, "authentication");
            pause(tokenEndpointDelay);
            return new Answer(200, path.equals(AUTHENTICATE) ? authenticate(exchange) : refresh(exchange));
        }
        requireTarget(exchange, "integration");
        String authorization = exchange.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new JsonApiRefusal(401, "UNAUTHORIZED", "missing bearer token");
        }
        Instant expiresAt = accessTokens.get(authorization.substring(7).trim());
        if (expiresAt == null) {
            throw new JsonApiRefusal(401, "INVALID_TOKEN", "invalid access token");
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw new JsonApiRefusal(401, "TOKEN_EXPIRED", "access token expired");
        }
        return resource(exchange, path.substring(PREFIX.length()));
    }

    private void requireTarget(SandboxExchange exchange, String expected) {
        if (!expected.equals(exchange.header("X-Target-Server"))) {
            throw new JsonApiRefusal(400, "INVALID_TARGET_SERVER", "X-Target-Server must be " + expected);
        }
    }

    private ObjectNode authenticate(SandboxExchange exchange) {
        String apiKey;
        String secretKey;
        JsonNode body = exchange.body().length == 0 ? null : JsonApiRefusal.requireJsonObject(exchange, json);
        if (body != null && body.has("api_key")) {
            apiKey = body.path("api_key").asText(null);
            secretKey = body.path("secret_key").asText(null);
        } else {
            apiKey = exchange.header("Api-Key");
            secretKey = exchange.header("Api-Secret");
        }
        if (apiKey == null || secretKey == null) {
            throw new JsonApiRefusal(400, "VALIDATION_ERROR",
                    "api_key and secret_key are required, in the body or the Api-Key and Api-Secret headers");
        }
        if (!SandboxCrypto.constantTimeEquals(accounts.get(apiKey), secretKey)) {
            throw new JsonApiRefusal(401, "INVALID_API_KEY", "invalid api key or secret");
        }
        authentications.incrementAndGet();
        String refreshToken = SandboxCrypto.randomHex(24);
        refreshTokens.put(refreshToken, clock.instant().plus(refreshTokenLifetime));
        return tokens(apiKey, refreshToken);
    }

    private ObjectNode refresh(SandboxExchange exchange) {
        JsonNode body = JsonApiRefusal.requireJsonObject(exchange, json);
        String refreshToken = body.path("refresh_token").asText(null);
        if (refreshToken == null) {
            throw new JsonApiRefusal(400, "VALIDATION_ERROR", "refresh_token is required");
        }
        Instant expiresAt = refreshTokens.get(refreshToken);
        if (expiresAt == null) {
            throw new JsonApiRefusal(401, "INVALID_REFRESH_TOKEN", "invalid refresh token");
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw new JsonApiRefusal(401, "REFRESH_TOKEN_EXPIRED", "refresh token expired");
        }
        refreshes.incrementAndGet();
        return tokens("refreshed", refreshToken);
    }

    private ObjectNode tokens(String subject, String refreshToken) {
        Instant now = clock.instant();
        Duration lifetime = accessTokenLifetime;
        String access = jwt.issue(subject, now, lifetime, Map.of());
        accessTokens.put(access, now.plus(lifetime));
        issuedAccessTokens.add(access);
        ObjectNode answer = json.createObjectNode();
        answer.put("access_token", access).put("refresh_token", refreshToken).put("token_type", "Bearer")
                .put("expires_in", lifetime.toSeconds()).put("expires_at", now.plus(lifetime).toString());
        return answer;
    }

    private Answer resource(SandboxExchange exchange, String path) {
        Matcher m = RESOURCE.matcher(path);
        if (!m.matches()) {
            throw new JsonApiRefusal(404, "NOT_FOUND", "not found");
        }
        String collection = m.group(1);
        String id = m.group(2);
        Map<String, ObjectNode> objects = collections.computeIfAbsent(collection, c -> new LinkedHashMap<>());
        String method = exchange.method();
        if (id == null) {
            if ("GET".equals(method)) {
                ObjectNode answer = json.createObjectNode();
                ArrayNode data = answer.putArray("data");
                synchronized (objects) {
                    objects.values().forEach(o -> data.add(visible(o)));
                }
                return new Answer(200, answer);
            }
            if ("POST".equals(method)) {
                ObjectNode created = ((ObjectNode) JsonApiRefusal.requireJsonObject(exchange, json)).deepCopy();
                if ("webhooks".equals(collection)) {
                    validateWebhook(created);
                }
                String newId = String.valueOf(nextId.getAndIncrement());
                created.put("id", newId);
                synchronized (objects) {
                    objects.put(newId, created);
                }
                if ("webhooks".equals(collection)) {
                    webhooks.add(created);
                }
                return new Answer(201, visible(created));
            }
            throw new JsonApiRefusal(405, "METHOD_NOT_ALLOWED", "method not allowed");
        }
        ObjectNode existing;
        synchronized (objects) {
            existing = objects.get(id);
        }
        if (existing == null) {
            throw new JsonApiRefusal(404, "NOT_FOUND", collection + " " + id + " not found");
        }
        switch (method) {
            case "GET":
                return new Answer(200, visible(existing));
            case "PUT":
            case "PATCH": {
                ObjectNode update = (ObjectNode) JsonApiRefusal.requireJsonObject(exchange, json);
                ObjectNode replaced = update.deepCopy();
                if ("PATCH".equals(method)) {
                    replaced = existing.deepCopy();
                    replaced.setAll(update);
                }
                replaced.put("id", id);
                synchronized (objects) {
                    objects.put(id, replaced);
                }
                return new Answer(200, visible(replaced));
            }
            case "DELETE":
                synchronized (objects) {
                    objects.remove(id);
                }
                return new Answer(204, null);
            default:
                throw new JsonApiRefusal(405, "METHOD_NOT_ALLOWED", "method not allowed");
        }
    }

    /** Webhook authentication as documented: type 1 Basic (username, password), type 2 Token (token). */
    private static void validateWebhook(ObjectNode webhook) {
        String url = webhook.path("url").asText("");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new JsonApiRefusal(400, "VALIDATION_ERROR", "url must be an http(s) URL");
        }
        JsonNode auth = webhook.path("authentication");
        int type = auth.path("type").isInt() ? auth.path("type").asInt() : -1;
        if (type == 1) {
            if (auth.path("username").asText("").isEmpty() || auth.path("password").asText("").isEmpty()) {
                throw new JsonApiRefusal(400, "VALIDATION_ERROR", "authentication type 1 (Basic) needs username and password");
            }
        } else if (type == 2) {
            if (auth.path("token").asText("").isEmpty()) {
                throw new JsonApiRefusal(400, "VALIDATION_ERROR", "authentication type 2 (Token) needs token");
            }
        } else {
            throw new JsonApiRefusal(400, "VALIDATION_ERROR", "authentication.type must be 1 (Basic) or 2 (Token)");
        }
    }

    /** What the API shows of a stored object: a webhook's password and token are never returned. */
    private static ObjectNode visible(ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        JsonNode auth = copy.path("authentication");
        if (auth.isObject()) {
            ((ObjectNode) auth).remove("password");
            ((ObjectNode) auth).remove("token");
        }
        return copy;
    }


    private ObjectNode error(String code, String message) {
        ObjectNode root = json.createObjectNode();
        root.putObject("error").put("code", code).put("message", message);
        return root;
    }

    private static void pause(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class Answer {
        final int status;
        final JsonNode body;

        Answer(int status, JsonNode body) {
            this.status = status;
            this.body = body;
        }
    }

}
