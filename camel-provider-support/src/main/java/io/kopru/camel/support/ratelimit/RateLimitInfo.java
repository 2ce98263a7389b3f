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
package io.kopru.camel.support.ratelimit;

import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What a provider said about its rate limit: {@code Retry-After} (seconds or an HTTP date), {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset} (Unix seconds), and body fields such as
 * {@code retryAfter}. Every part is optional. Serializable, as {@code ProviderRateLimitException}, which carries it, is.
 */
public final class RateLimitInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final RateLimitInfo NONE = new RateLimitInfo(null, null, null, null);

    public static final String RETRY_AFTER = "Retry-After";
    public static final String LIMIT = "X-RateLimit-Limit";
    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String RESET = "X-RateLimit-Reset";

    /** A reset value below this is a number of seconds from now rather than a Unix time (some gateways send that). */
    private static final long SMALLEST_EPOCH_SECONDS = 1_000_000_000L;

    private final Long limit;
    private final Long remaining;
    private final Instant resetAt;
    private final Duration retryAfter;

    public RateLimitInfo(Long limit, Long remaining, Instant resetAt, Duration retryAfter) {
        this.limit = limit;
        this.remaining = remaining;
        this.resetAt = resetAt;
        this.retryAfter = retryAfter;
    }

    /**
     * Reads the rate-limit headers of a response.
     *
     * @param header            looks up a response header by name (case-insensitive), null when absent
     * @param bodyRetryAfterSec a {@code retryAfter} the body carried, in seconds, or null
     * @param clock             the clock that turns relative values into instants
     */
    public static RateLimitInfo parse(Function<String, String> header, Long bodyRetryAfterSec, Clock clock) {
        Instant now = clock.instant();
        Long limit = parseLong(header.apply(LIMIT)).stream().boxed().findFirst().orElse(null);
        Long remaining = parseLong(header.apply(REMAINING)).stream().boxed().findFirst().orElse(null);
        Instant resetAt = null;
        OptionalLong reset = parseLong(header.apply(RESET));
        if (reset.isPresent()) {
            long v = reset.getAsLong();
            resetAt = v >= SMALLEST_EPOCH_SECONDS ? Instant.ofEpochSecond(v) : now.plusSeconds(Math.max(0, v));
        }
        Duration retryAfter = parseRetryAfter(header.apply(RETRY_AFTER), now);
        if (retryAfter == null && bodyRetryAfterSec != null && bodyRetryAfterSec >= 0) {
            retryAfter = Duration.ofSeconds(bodyRetryAfterSec);
        }
        if (retryAfter == null && resetAt != null && remaining != null && remaining == 0) {
            retryAfter = Duration.between(now, resetAt).isNegative() ? Duration.ZERO : Duration.between(now, resetAt);
        }
        if (limit == null && remaining == null && resetAt == null && retryAfter == null) {
            return NONE;
        }
        return new RateLimitInfo(limit, remaining, resetAt, retryAfter);
    }

    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        OptionalLong seconds = parseLong(v);
        if (seconds.isPresent()) {
            return Duration.ofSeconds(Math.max(0, seconds.getAsLong()));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OptionalLong parseLong(String value) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public Optional<Long> limit() {
        return Optional.ofNullable(limit);
    }

    public Optional<Long> remaining() {
        return Optional.ofNullable(remaining);
    }

    public Optional<Instant> resetAt() {
        return Optional.ofNullable(resetAt);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Keeps {@link #NONE} a single instance across serialization. */
    private Object readResolve() {
        return isEmpty() ? NONE : this;
    }

    public boolean isEmpty() {
        return this == NONE || (limit == null && remaining == null && resetAt == null && retryAfter == null);
    }

    @Override
    public String toString() {
        return "RateLimitInfo[limit=" + limit + ", remaining=" + remaining + ", resetAt=" + resetAt + ", retryAfter="
               + retryAfter + "]";
    }
}
