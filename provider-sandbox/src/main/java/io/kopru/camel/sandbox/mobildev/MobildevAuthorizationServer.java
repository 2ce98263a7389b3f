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
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SlidingWindowLimit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Mobildev's OAuth2 authorization server (guide §4): the authorize page (login with e-mail and password, then the
 * mobile-signature code, the daily time window and the token lifetime), the redirect back with {@code code} and
 * {@code state}, and {@code POST /oauth/token} with HTTP Basic client authentication. Authorization codes live 10
 * minutes and are single use (a second use also revokes the tokens the first one issued); the token endpoint takes
 * 100 calls a day per client.
 */
final class MobildevAuthorizationServer {

    static final Set<String> SCOPES = Set.of("sms:campaign", "sms:report");
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final Duration PAGE_LIFETIME = Duration.ofMinutes(10);
    static final List<Integer> LIFETIME_DAYS = List.of(1, 7, 30);
    static final int TOKEN_CALLS_PER_DAY = 100;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] JWT_KEY = "mobildev-sandbox-jwt-signing-key".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper json;
    private final Map<String, MobildevClient> clients;
    private final Map<String, String[]> users; // e-mail -> {password, mobile signature code}
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, MobildevToken> tokens = new ConcurrentHashMap<>();
    private final List<String> issuedCodes = new CopyOnWriteArrayList<>();
    private final Map<String, SlidingWindowLimit> tokenLimits = new ConcurrentHashMap<>();
    private volatile Clock clock;

    /** An authorize request on its way through the pages. */
    private static final class Pending {
        final MobildevClient client;
        final String redirectUri;
        final Set<String> scope;
        final String state;
        final Instant expiresAt;
        volatile String user;

        Pending(MobildevClient client, String redirectUri, Set<String> scope, String state, Instant expiresAt) {
            this.client = client;
            this.redirectUri = redirectUri;
            this.scope = scope;
            this.state = state;
            this.expiresAt = expiresAt;
        }
    }

    /** An authorization code. */
    private static final class Code {
        final String clientId;
        final String redirectUri;
        final String user;
        final Set<String> scope;
        final LocalTime windowStart;
        final LocalTime windowEnd;
        final int lifetimeDays;
        final Instant expiresAt;
        final List<MobildevToken> issued = new CopyOnWriteArrayList<>();
        boolean used;

        Code(String clientId, String redirectUri, String user, Set<String> scope, LocalTime windowStart,
             LocalTime windowEnd, int lifetimeDays, Instant expiresAt) {
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.user = user;
            this.scope = scope;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.lifetimeDays = lifetimeDays;
            this.expiresAt = expiresAt;
        }
    }

    MobildevAuthorizationServer(ObjectMapper json, Map<String, MobildevClient> clients, Map<String, String[]> users,
                                Clock clock) {
        this.json = json;
        this.clients = clients;
        this.users = users;
        this.clock = clock;
    }

    void clock(Clock clock) {
        this.clock = clock;
    }

    void reset() {
        pending.clear();
        codes.clear();
        tokens.clear();
        issuedCodes.clear();
        tokenLimits.clear();
    }

    List<MobildevToken> tokens() {
        return List.copyOf(tokens.values());
    }

    List<String> issuedCodes() {
        return List.copyOf(issuedCodes);
    }

    int revoke(String user, String clientId) {
        int n = 0;
        for (MobildevToken t : tokens.values()) {
            if ((user == null || t.user.equals(user)) && (clientId == null || t.clientId.equals(clientId))
                && !t.revoked) {
                t.revoked = true;
                n++;
            }
        }
        return n;
    }

    void expireAll() {
        Instant now = clock.instant();
        tokens.values().forEach(t -> t.expiresAt = now);
    }

    // ---- the pages

    void authorize(SandboxExchange exchange) {
        if (!"GET".equals(exchange.method())) {
            throw MobildevRefusal.of(404, "not_found", "Endpoint veya kaynak yok");
        }
        Map<String, String> q = exchange.query();
        MobildevClient client = clients.get(q.getOrDefault("client_id", ""));
        String redirectUri = q.get("redirect_uri");
        // an unknown client or redirect URI is never redirected to (RFC 6749 4.1.2.1): the person sees an error
        if (client == null) {
            page(exchange, 400, "Geçersiz istemci", "<p id=\"error\">Bilinmeyen client_id.</p>");
            return;
        }
        if (redirectUri == null || !client.redirectUris.contains(redirectUri)) {
            page(exchange, 400, "Geçersiz yönlendirme adresi",
                    "<p id=\"error\">redirect_uri bu istemci için kayıtlı değil.</p>");
            return;
        }
        String state = q.get("state");
        if (state == null || state.isEmpty()) {
            page(exchange, 400, "Eksik state", "<p id=\"error\">state zorunludur (CSRF koruması).</p>");
            return;
        }
        if (!"code".equals(q.get("response_type"))) {
            redirect(exchange, redirectUri, "error", "unsupported_response_type", "state", state);
            return;
        }
        Set<String> scope = scopes(q.getOrDefault("scope", ""));
        if (scope == null) {
            redirect(exchange, redirectUri, "error", "invalid_scope", "state", state);
            return;
        }
        String tx = random(18);
        pending.put(tx, new Pending(client, redirectUri, scope, state, clock.instant().plus(PAGE_LIFETIME)));
        loginPage(exchange, 200, tx, client, scope, null);
    }

    void login(SandboxExchange exchange) {
        Map<String, String> form = formOrNull(exchange);
        Pending p = form == null ? null : livePending(form.get("tx"));
        if (p == null) {
            page(exchange, 400, "Oturum bulunamadı", "<p id=\"error\">Yetkilendirme oturumu yok veya süresi doldu.</p>");
            return;
        }
        String[] account = users.get(form.getOrDefault("email", ""));
        if (account == null || !constantTimeEquals(account[0], form.getOrDefault("password", ""))) {
            loginPage(exchange, 401, form.get("tx"), p.client, p.scope, "E-posta veya şifre hatalı.");
            return;
        }
        p.user = form.get("email");
        signPage(exchange, 200, form.get("tx"), p, null);
    }

    void sign(SandboxExchange exchange) {
        Map<String, String> form = formOrNull(exchange);
        Pending p = form == null ? null : livePending(form.get("tx"));
        if (p == null || p.user == null) {
            page(exchange, 400, "Oturum bulunamadı", "<p id=\"error\">Önce giriş yapın.</p>");
            return;
        }
        String tx = form.get("tx");
        if ("deny".equals(form.get("decision"))) {
            pending.remove(tx);
            redirect(exchange, p.redirectUri, "error", "access_denied", "state", p.state);
            return;
        }
        if (!constantTimeEquals(users.get(p.user)[1], form.getOrDefault("code", ""))) {
            signPage(exchange, 401, tx, p, "Mobil imza kodu hatalı.");
            return;
        }
        LocalTime start;
        LocalTime end;
        String startText = form.getOrDefault("time_start", "").trim();
        String endText = form.getOrDefault("time_end", "").trim();
        try {
            start = startText.isEmpty() ? null : LocalTime.parse(startText);
            end = endText.isEmpty() ? null : LocalTime.parse(endText);
        } catch (DateTimeParseException e) {
            signPage(exchange, 400, tx, p, "Saat SS:dd biçiminde olmalı.");
            return;
        }
        if ((start == null) != (end == null) || (start != null && start.equals(end))) {
            signPage(exchange, 400, tx, p, "Başlangıç ve bitiş saatini birlikte seçin.");
            return;
        }
        int days;
        try {
            days = Integer.parseInt(form.getOrDefault("lifetime_days", "30"));
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (!LIFETIME_DAYS.contains(days)) {
            signPage(exchange, 400, tx, p, "Yetki süresi 1, 7 veya 30 gün olmalı.");
            return;
        }
        pending.remove(tx);
        String code = random(24);
        codes.put(code, new Code(p.client.id, p.redirectUri, p.user, p.scope, start, end, days,
                clock.instant().plus(CODE_LIFETIME)));
        issuedCodes.add(code);
        redirect(exchange, p.redirectUri, "code", code, "state", p.state);
    }

    // ---- the token endpoint

    void token(SandboxExchange exchange) throws java.io.IOException {
        if (!"POST".equals(exchange.method())) {
            throw MobildevRefusal.of(404, "not_found", "Endpoint veya kaynak yok");
        }
        exchange.responseHeader("Cache-Control", "no-store");
        exchange.responseHeader("Pragma", "no-cache");
        MobildevClient client = basicClient(exchange.header("Authorization"));
        if (client == null) {
            exchange.responseHeader("WWW-Authenticate", "Basic realm=\"mobildev\"");
            throw MobildevRefusal.of(401, "invalid_client", "İstemci kimlik doğrulaması başarısız (HTTP Basic)");
        }
        if (!client.allowList.allows(exchange.remoteIp())) {
            throw MobildevRefusal.of(403, "ip_not_whitelisted", "IP beyaz listede değil");
        }
        SlidingWindowLimit.Decision d = tokenLimits.computeIfAbsent(client.id,
                id -> new SlidingWindowLimit(TOKEN_CALLS_PER_DAY, Duration.ofDays(1), clock)).tryAcquire();
        MobildevSimulator.rateLimitHeaders(exchange, d);
        if (!d.allowed) {
            throw MobildevRefusal.of(429, "rate_limit_exceeded", "Rate limit aşıldı: günde "
                                                                 + TOKEN_CALLS_PER_DAY + " token isteği");
        }
        Map<String, String> form = formOrNull(exchange);
        if (form == null) {
            throw MobildevRefusal.of(400, "invalid_request", "Content-Type application/x-www-form-urlencoded olmalı");
        }
        if (form.containsKey("client_id") && !client.id.equals(form.get("client_id"))) {
            throw MobildevRefusal.of(400, "invalid_request", "client_id Basic kimliğiyle aynı olmalı");
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            throw MobildevRefusal.of(400, "unsupported_grant_type", "Yalnız authorization_code desteklenir");
        }
        Code code = codes.get(form.getOrDefault("code", ""));
        Instant now = clock.instant();
        synchronized (this) {
            if (code == null || !code.clientId.equals(client.id)) {
                throw MobildevRefusal.of(400, "invalid_grant", "Geçersiz yetkilendirme kodu");
            }
            if (code.used) {
                code.issued.forEach(t -> t.revoked = true); // a replayed code: what it issued is suspect
                throw MobildevRefusal.of(400, "invalid_grant", "Yetkilendirme kodu daha önce kullanılmış");
            }
            if (!now.isBefore(code.expiresAt)) {
                throw MobildevRefusal.of(400, "invalid_grant", "Yetkilendirme kodunun süresi dolmuş (10 dakika)");
            }
            if (!code.redirectUri.equals(form.get("redirect_uri"))) {
                throw MobildevRefusal.of(400, "invalid_grant", "redirect_uri yetkilendirme isteğindekiyle aynı olmalı");
            }
            code.used = true;
        }
        long lifetime = Duration.ofDays(code.lifetimeDays).toSeconds();
        long iat = now.getEpochSecond();
        String scope = String.join(" ", code.scope);
        String value = jwt(client.id, code.user, scope, iat, iat + lifetime);
        MobildevToken token = new MobildevToken(value, client.id, code.user, code.scope, code.windowStart,
                code.windowEnd, now, now.plusSeconds(lifetime));
        tokens.put(value, token);
        code.issued.add(token);
        ObjectNode body = json.createObjectNode();
        body.put("access_token", value);
        body.put("token_type", "Bearer");
        body.put("expires_in", lifetime);
        body.put("scope", scope);
        body.put("issued_at", iat);
        exchange.respondJson(200, json.writeValueAsString(body));
    }

    /**
     * The token of a campaign call, checked as the guide's errors describe.
     *
     * @param scope  the scope the call needs
     * @param sending whether it sends (sends are held to the consent's time window)
     */
    MobildevToken bearer(SandboxExchange exchange, String scope, boolean sending) {
        String header = exchange.header("Authorization");
        if (header == null || !header.startsWith("Bearer ") || header.length() == 7) {
            exchange.responseHeader("WWW-Authenticate", "Bearer realm=\"mobildev\"");
            throw MobildevRefusal.of(401, "invalid_token", "Authorization: Bearer <access_token> zorunlu");
        }
        MobildevToken token = tokens.get(header.substring(7));
        if (token == null) {
            bearerChallenge(exchange, "invalid_token");
            throw MobildevRefusal.of(401, "invalid_token", "Token geçersiz");
        }
        if (token.revoked) {
            bearerChallenge(exchange, "invalid_token");
            throw MobildevRefusal.of(401, "consent_revoked", "Yetki iptal edilmiş");
        }
        Instant now = clock.instant();
        if (!now.isBefore(token.expiresAt)) {
            bearerChallenge(exchange, "invalid_token");
            throw MobildevRefusal.of(401, "token_expired", "JWT süresi dolmuş");
        }
        MobildevClient client = clients.get(token.clientId);
        if (client == null || !client.allowList.allows(exchange.remoteIp())) {
            throw MobildevRefusal.of(403, "ip_not_whitelisted", "IP beyaz listede değil");
        }
        if (!token.scope.contains(scope)) {
            bearerChallenge(exchange, "insufficient_scope");
            throw MobildevRefusal.of(403, "insufficient_scope", "Scope yetkisi yok: " + scope + " gerekli");
        }
        if (sending && !token.inWindow(now)) {
            throw MobildevRefusal.of(403, "time_restriction", "Zaman aralığı dışı: izin verilen saatler "
                                                               + token.windowStart + "-" + token.windowEnd);
        }
        return token;
    }

    private static void bearerChallenge(SandboxExchange exchange, String error) {
        exchange.responseHeader("WWW-Authenticate", "Bearer realm=\"mobildev\", error=\"" + error + "\"");
    }

    // ---- helpers

    private Pending livePending(String tx) {
        Pending p = tx == null ? null : pending.get(tx);
        if (p != null && !clock.instant().isBefore(p.expiresAt)) {
            pending.remove(tx);
            return null;
        }
        return p;
    }

    private MobildevClient basicClient(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        MobildevClient client = clients.get(decoded.substring(0, colon));
        return client != null && constantTimeEquals(client.secret, decoded.substring(colon + 1)) ? client : null;
    }

    private static Set<String> scopes(String raw) {
        Set<String> scope = new LinkedHashSet<>();
        for (String s : raw.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                if (!SCOPES.contains(s)) {
                    return null;
                }
                scope.add(s);
            }
        }
        return scope.isEmpty() ? null : scope;
    }

    /** The form fields of a POST with {@code application/x-www-form-urlencoded}; null for any other body. */
    static Map<String, String> formOrNull(SandboxExchange exchange) {
        String type = exchange.header("Content-Type");
        if (!"POST".equals(exchange.method()) || type == null
            || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        Map<String, String> form = new LinkedHashMap<>();
        String body = exchange.bodyText();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (form.put(k, v) != null) {
                return null; // a repeated parameter (RFC 6749 3.1): refuse rather than guess
            }
        }
        return form;
    }

    /** Redirects to {@code uri} with the parameters, given as name, value, name, value, in that order. */
    private static void redirect(SandboxExchange exchange, String uri, String... params) {
        StringBuilder location = new StringBuilder(uri).append(uri.contains("?") ? '&' : '?');
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < params.length; i += 2) {
            pairs.add(params[i] + "=" + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        location.append(String.join("&", pairs));
        exchange.responseHeader("Location", location.toString());
        exchange.respond(302, "text/html; charset=utf-8", "<a href=\"" + html(location.toString()) + "\">devam</a>");
    }

    private void loginPage(SandboxExchange exchange, int status, String tx, MobildevClient client, Set<String> scope,
                           String error) {
        page(exchange, status, "Mobildev ile giriş",
                "<p><b>" + html(client.name) + "</b> uygulaması hesabınız adına şu yetkileri istiyor: <span id=\"scope\">"
                + html(String.join(" ", scope)) + "</span></p>"
                + (error == null ? "" : "<p id=\"error\">" + html(error) + "</p>")
                + "<form method=\"post\" action=\"/oauth/login\">"
                + "<input type=\"hidden\" name=\"tx\" value=\"" + html(tx) + "\">"
                + "<label>E-posta <input type=\"email\" id=\"email\" name=\"email\" autocomplete=\"off\"></label><br>"
                + "<label>Şifre <input type=\"password\" id=\"password\" name=\"password\"></label><br>"
                + "<button type=\"submit\" id=\"login\">Giriş yap</button></form>");
    }

    private void signPage(SandboxExchange exchange, int status, String tx, Pending p, String error) {
        StringBuilder lifetimes = new StringBuilder();
        for (int d : LIFETIME_DAYS) {
            lifetimes.append("<option value=\"").append(d).append('"').append(d == 30 ? " selected" : "").append('>')
                    .append(d).append(" gün</option>");
        }
        page(exchange, status, "Mobil imza ile onay",
                "<p>Hoş geldiniz, <span id=\"user\">" + html(p.user) + "</span>. <b>" + html(p.client.name)
                + "</b> için yetki: " + html(String.join(" ", p.scope)) + "</p>"
                + (error == null ? "" : "<p id=\"error\">" + html(error) + "</p>")
                + "<form method=\"post\" action=\"/oauth/sign\">"
                + "<input type=\"hidden\" name=\"tx\" value=\"" + html(tx) + "\">"
                + "<label>Gönderim başlangıç saati (SS:dd, boş: kısıtsız) <input type=\"text\" id=\"time_start\""
                + " name=\"time_start\"></label><br>"
                + "<label>Gönderim bitiş saati <input type=\"text\" id=\"time_end\" name=\"time_end\"></label><br>"
                + "<label>Yetki süresi <select id=\"lifetime_days\" name=\"lifetime_days\">" + lifetimes
                + "</select></label><br>"
                + "<label>Mobil imza onay kodu <input type=\"text\" id=\"code\" name=\"code\" autocomplete=\"off\">"
                + "</label><br>"
                + "<button type=\"submit\" id=\"sign\" name=\"decision\" value=\"allow\">İmzala ve yetki ver</button> "
                + "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Reddet</button></form>");
    }

    private static void page(SandboxExchange exchange, int status, String title, String content) {
        exchange.responseHeader("Cache-Control", "no-store");
        exchange.respond(status, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"tr\"><head><meta charset=\"utf-8\">"
                + "<title>" + html(title) + "</title></head><body><h1>" + html(title) + "</h1>" + content
                + "</body></html>");
    }

    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private String jwt(String clientId, String user, String scope, long iat, long exp) throws java.io.IOException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        ObjectNode claims = json.createObjectNode().put("iss", "mobildev-sandbox").put("sub", user).put("aud", clientId)
                .put("scope", scope).put("iat", iat).put("exp", exp).put("jti", random(12));
        String payload = b64.encodeToString(json.writeValueAsBytes(claims));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(JWT_KEY, "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64.encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "MobildevAuthorizationServer[clients=" + Arrays.toString(clients.keySet().toArray()) + "]";
    }
}
