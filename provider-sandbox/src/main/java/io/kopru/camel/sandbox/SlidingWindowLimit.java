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
package io.kopru.camel.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A provider-side rate limit: at most {@code limit} requests in any window of {@code window}. Reports what the
 * documented {@code X-RateLimit-*} headers carry.
 */
public final class SlidingWindowLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> accepted = new ArrayDeque<>();

    public SlidingWindowLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** What one request was told. */
    public static final class Decision {
        public final boolean allowed;
        public final int limit;
        public final int remaining;
        /** When the oldest request in the window leaves it, in Unix seconds. */
        public final long resetEpochSeconds;
        public final long retryAfterSeconds;

        Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {
            this.allowed = allowed;
            this.limit = limit;
            this.remaining = remaining;
            this.resetEpochSeconds = resetEpochSeconds;
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    public synchronized Decision tryAcquire() {
        Instant now = clock.instant();
        while (!accepted.isEmpty() && !accepted.peekFirst().plus(window).isAfter(now)) {
            accepted.pollFirst();
        }
        boolean allowed = accepted.size() < limit;
        if (allowed) {
            accepted.addLast(now);
        }
        Instant reset = accepted.isEmpty() ? now : accepted.peekFirst().plus(window);
        long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil(Duration.between(now, reset).toMillis() / 1000.0));
        long resetEpoch = (long) Math.ceil(reset.toEpochMilli() / 1000.0);
        return new Decision(allowed, limit, limit - accepted.size(), resetEpoch, retryAfter);
    }

    public synchronized void reset() {
        accepted.clear();
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }
}
