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
package io.kopru.camel.support.webhook;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The checks every inbound webhook of this project makes before a call may reach its route, and the fixed answers of
 * its refusals (JSON, no stack trace, nothing of the call). A consumer runs them in this order:
 * <ol>
 * <li>{@link #admit}: the source allow-list (403), the per-source rate limit (429 with {@code Retry-After}) and the
 * declared size, by {@code Content-Length}, before the body is looked at (413);</li>
 * <li>its own credential check, in constant time ({@link ConstantTimeSecrets}), refused with {@link #unauthorized}
 * (401) before the body is parsed;</li>
 * <li>{@link #body}: the actual size, for calls without {@code Content-Length} (413);</li>
 * <li>its own parsing of the body, refused with {@link #malformed} (400).</li>
 * </ol>
 * Every refusal is counted by kind, for the consumer to expose as managed attributes.
 */
public final class WebhookGuard {

    /** Where camel-platform-http-vertx puts the caller's {@code host:port}; other engines: one limit for all. */
    public static final String REMOTE_ADDRESS = "CamelVertxPlatformHttpRemoteAddress";

    public static final String UNAUTHORIZED = refusal("UNAUTHORIZED", "missing or wrong webhook credentials");
    public static final String FORBIDDEN = refusal("FORBIDDEN", "this address may not call this webhook");
    public static final String TOO_LARGE = refusal("PAYLOAD_TOO_LARGE", "the body is larger than this webhook accepts");
    public static final String MALFORMED = refusal("BAD_REQUEST", "the body is not what this webhook accepts");
    public static final String TOO_MANY = refusal("TOO_MANY_REQUESTS", "too many webhook calls from this address");

    private final int maxBodySize;
    private final WebhookRateLimit rateLimit;
    private final WebhookSourceAllowList allowedSources;
    private final AtomicLong forbidden = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong unauthorized = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    /**
     * @param maxBodySize    the largest body accepted, in bytes
     * @param rateLimit      the most calls a second from one source; 0 turns the limit off
     * @param allowedSources the addresses that may call; an empty list allows all
     */
    public WebhookGuard(int maxBodySize, int rateLimit, WebhookSourceAllowList allowedSources) {
        this.maxBodySize = maxBodySize;
        this.rateLimit = new WebhookRateLimit(rateLimit);
        this.allowedSources = allowedSources;
    }

    /**
     * The checks that need neither the credential nor the body.
     *
     * @return true when the call may go on; false when it was refused (the message is then the answer)
     */
    public boolean admit(Message message) {
        String source = source(message);
        if (!allowedSources.isEmpty() && !allowedSources.allows(source)) {
            forbidden.incrementAndGet();
            refuse(message, 403, FORBIDDEN);
            return false;
        }
        long wait = rateLimit.tryAcquire(source);
        if (wait > 0) {
            rateLimited.incrementAndGet();
            refuse(message, 429, TOO_MANY).setHeader("Retry-After", Long.toString(wait));
            return false;
        }
        Long declared = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > maxBodySize) {
            tooLarge.incrementAndGet();
            refuse(message, 413, TOO_LARGE);
            return false;
        }
        return true;
    }

    /** Answers 401 (with {@code WWW-Authenticate} when a challenge is given): the credential was missing or wrong. */
    public void unauthorized(Message message, String challenge) {
        unauthorized.incrementAndGet();
        refuse(message, 401, UNAUTHORIZED);
        if (challenge != null) {
            message.setHeader("WWW-Authenticate", challenge);
        }
    }

    /**
     * The body, within the size limit.
     *
     * @return the body's bytes (null when there is none); null too when it was larger, and then answered 413: check
     * {@link #isRefused}
     */
    public byte[] body(Message message) {
        byte[] body = message.getBody(byte[].class);
        if (body != null && body.length > maxBodySize) {
            tooLarge.incrementAndGet();
            refuse(message, 413, TOO_LARGE);
            return null;
        }
        return body;
    }

    /** Whether the message was turned into a refusal by this guard. */
    public static boolean isRefused(Message message) {
        Integer status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return status != null && status >= 400;
    }

    /** Answers 400 and counts it: the body is not what the webhook accepts. */
    public void malformed(Message message) {
        malformed.incrementAndGet();
        refuse(message, 400, MALFORMED);
    }

    /** The caller's address without its port; "" when the engine does not tell (one shared limit). */
    public static String source(Message message) {
        Object remote = message.getHeader(REMOTE_ADDRESS);
        String address = remote == null ? "" : remote.toString();
        int colon = address.lastIndexOf(':');
        String host = colon > 0 ? address.substring(0, colon) : address;
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }

    private static Message refuse(Message message, int status, String json) {
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(json);
        return message;
    }

    private static String refusal(String code, String text) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + text + "\"}}";
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    /** Calls refused because their source is not on the allow-list (403). */
    public long getForbiddenCount() {
        return forbidden.get();
    }

    /** Calls refused by the per-source rate limit (429). */
    public long getRateLimitedCount() {
        return rateLimited.get();
    }

    /** Calls refused for their size (413). */
    public long getTooLargeCount() {
        return tooLarge.get();
    }

    /** Calls refused for a missing or wrong credential (401). */
    public long getUnauthorizedCount() {
        return unauthorized.get();
    }

    /** Calls refused for a malformed body (400). */
    public long getMalformedCount() {
        return malformed.get();
    }
}
