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
package io.kopru.camel.component.brokerage;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.webhook.ConstantTimeSecrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The credentials the platform sends when it calls a webhook, both ways round: written as the {@code authentication}
 * object a webhook is registered with ({@code {"type":1,"username","password"}} for Basic, {@code {"type":2,"token"}}
 * for Token), and checked, in constant time, on each call the webhook consumer receives. Registering with
 * {@link #of(BrokerageConfiguration)} of the consumer's own configuration guarantees the two agree.
 * <pre>
 * Map&lt;String, Object&gt; webhook = Map.of("url", "https://my.host/brokerage/webhook",
 *         "authentication", BrokerageWebhookAuthentication.basic(user, password).toMap());
 * </pre>
 * {@link #toString()} never shows the password or the token.
 */
public final class BrokerageWebhookAuthentication {

    /** The documented type values. */
    public static final int BASIC = 1;
    public static final int TOKEN = 2;
    static final String AUTHORIZATION = "Authorization";

    private final int type;
    private final String username;
    private final String password;
    private final String token;
    private final String tokenHeader;

    private BrokerageWebhookAuthentication(int type, String username, String password, String token,
                                           String tokenHeader) {
        this.type = type;
        this.username = username;
        this.password = password;
        this.token = token;
        this.tokenHeader = tokenHeader;
    }

    /** Type 1: HTTP Basic with a user name and password. */
    public static BrokerageWebhookAuthentication basic(String username, String password) {
        if (isBlank(username) || isBlank(password)) {
            throw new IllegalArgumentException("Basic webhook authentication needs a username and a password");
        }
        if (username.contains(":")) {
            throw new IllegalArgumentException("a Basic user name cannot contain ':'");
        }
        return new BrokerageWebhookAuthentication(BASIC, username, password, null, AUTHORIZATION);
    }

    /** Type 2: a token, sent as {@code Authorization: Bearer <token>}. */
    public static BrokerageWebhookAuthentication token(String token) {
        return token(token, AUTHORIZATION);
    }

    /** Type 2: a token, in {@code header} (its raw value), or {@code Authorization: Bearer <token>}. */
    public static BrokerageWebhookAuthentication token(String token, String header) {
        if (isBlank(token)) {
            throw new IllegalArgumentException("Token webhook authentication needs a token");
        }
        return new BrokerageWebhookAuthentication(TOKEN, null, null, token,
                isBlank(header) ? AUTHORIZATION : header);
    }

    /**
     * The authentication a webhook consumer's configuration checks: Basic with {@code username} and
     * {@code password}, or Token with {@code token}; exactly one of the two.
     *
     * @throws IllegalArgumentException when the configuration holds neither or both
     */
    public static BrokerageWebhookAuthentication of(BrokerageConfiguration configuration) {
        boolean basic = !isBlank(configuration.getUsername()) || !isBlank(configuration.getPassword());
        boolean token = !isBlank(configuration.getToken());
        if (basic == token) {
            throw new IllegalArgumentException("brokerage:webhook needs either username and password (type 1,"
                                               + " Basic) or token (type 2, Token), exactly one of the two");
        }
        return basic ? basic(configuration.getUsername(), configuration.getPassword())
                : token(configuration.getToken(), configuration.getTokenHeader());
    }

    public int getType() {
        return type;
    }

    /** The header the platform's credential arrives in. */
    public String getHeader() {
        return tokenHeader;
    }

    /**
     * The {@code authentication} object to register the webhook with. Jackson writes it whole; its
     * {@code toString()}, which Camel's tracer and logs use, masks the password and the token.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new MaskedMap();
        map.put("type", type);
        if (type == BASIC) {
            map.put("username", username);
            map.put("password", password);
        } else {
            map.put("token", token);
        }
        return map;
    }

    /** {@code {"authentication":{...}}}, as in the documents' examples. */
    public String toJson() {
        try {
            return ProviderJson.mapper().writeValueAsString(Map.of("authentication", toMap()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a call carries exactly these credentials. Every comparison takes the same time whatever the value sent
     * (digests of equal length are compared with {@link MessageDigest#isEqual}), so the credential cannot be guessed
     * a character at a time.
     *
     * @param headerValue the value of {@link #getHeader()} in the call, or null
     */
    public boolean accepts(String headerValue) {
        if (headerValue == null) {
            return false;
        }
        String value = headerValue.trim();
        if (type == BASIC) {
            String encoded = afterScheme(value, "basic");
            String decoded;
            try {
                decoded = encoded == null ? "" : new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? "" : decoded.substring(0, colon);
            String pass = colon < 0 ? "" : decoded.substring(colon + 1);
            // both compared, always: no shortcut tells which one was wrong
            return sameDigest(user, username) & sameDigest(pass, password) & colon >= 0;
        }
        String sent = AUTHORIZATION.equalsIgnoreCase(tokenHeader) ? afterScheme(value, "bearer") : value;
        return sameDigest(sent == null ? "" : sent, token) & sent != null;
    }

    /** The {@code WWW-Authenticate} challenge of a refusal. */
    String challenge() {
        return type == BASIC ? "Basic realm=\"brokerage-webhook\", charset=\"UTF-8\"" : "Bearer realm=\"brokerage-webhook\"";
    }

    private static String afterScheme(String value, String scheme) {
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals(scheme)) {
            return null;
        }
        return value.substring(space + 1).trim();
    }

    private static boolean sameDigest(String a, String b) {
        return ConstantTimeSecrets.matches(a, b);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A map that never prints its secrets. */
    private static final class MaskedMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("{");
            forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=')
                    .append("password".equals(k) || "token".equals(k) ? "xxxxxx" : v));
            return sb.append('}').toString();
        }
    }

    @Override
    public String toString() {
        return type == BASIC ? "BrokerageWebhookAuthentication[type=1 (Basic), username=" + username
                               + ", password=xxxxxx]"
                : "BrokerageWebhookAuthentication[type=2 (Token), header=" + tokenHeader + ", token=xxxxxx]";
    }
}
