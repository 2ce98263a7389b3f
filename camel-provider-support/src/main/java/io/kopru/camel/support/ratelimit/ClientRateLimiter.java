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

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps a producer under a provider's documented limit ("5000 per minute") so that a route stays under it instead of
 * bouncing off it with 429s. The limit has {@code permits} slots; a request holds a slot while it is in flight, and the
 * slot serves the next request only a full {@code period} after the previous one <em>finished</em>. Since a request
 * reaches the provider somewhere between its start and its answer, two requests on one slot arrive at least a period
 * apart, and no window of one period ever sees more than {@code permits} arrivals: at least as strict as a fixed- or
 * sliding-window limit with the same numbers on the provider's side, whatever the network's jitter. It costs only the
 * request's own latency per period. Thread-safe; waiting callers are served in arrival order.
 */
public final class ClientRateLimiter implements RateLimiter {

    private static final long IN_FLIGHT = Long.MAX_VALUE;

    private final int permits;
    private final long periodNanos;
    /** Per slot: the time a new request may take it, or {@link #IN_FLIGHT} while its request runs. */
    private final long[] freeAt;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition released = lock.newCondition();
    private final NanoClock clock;

    public ClientRateLimiter(int permits, Duration period) {
        this(permits, period, System::nanoTime);
    }

    ClientRateLimiter(int permits, Duration period, NanoClock clock) {
        if (permits <= 0) {
            throw new IllegalArgumentException("permits must be positive: " + permits);
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        this.permits = permits;
        this.periodNanos = period.toNanos();
        this.freeAt = new long[permits];
        this.clock = clock;
        long now = clock.nanoTime();
        for (int i = 0; i < permits; i++) {
            freeAt[i] = now - periodNanos;
        }
    }

    /** A slot held by one request; closing it (when the answer came, or the request failed) starts its period. */
    public final class Permit implements RateLimiter.Permit {
        private final int slot;
        private final boolean waited;
        private boolean closed;

        private Permit(int slot, boolean waited) {
            this.slot = slot;
            this.waited = waited;
        }

        @Override
        public boolean waited() {
            return waited;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release(slot, clock.nanoTime());
            }
        }
    }

    @Override
    public Permit acquire(Duration maxWait) throws InterruptedException {
        long deadline = clock.nanoTime() + maxWait.toNanos();
        lock.lockInterruptibly();
        try {
            boolean waited = false;
            while (true) {
                long now = clock.nanoTime();
                int slot = take(now);
                if (slot >= 0) {
                    return new Permit(slot, waited);
                }
                long next = earliestFree();
                if (next != IN_FLIGHT && next - deadline > 0) {
                    return null; // even the first slot to come free comes too late
                }
                long wait = (next == IN_FLIGHT ? deadline : next) - now;
                if (deadline - now <= 0) {
                    return null;
                }
                waited = true;
                released.awaitNanos(Math.max(1, wait));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes a free slot at {@code now}. @return its index, or -1. Call with the lock held. */
    int take(long now) {
        for (int i = 0; i < permits; i++) {
            if (freeAt[i] != IN_FLIGHT && freeAt[i] - now <= 0) {
                freeAt[i] = IN_FLIGHT;
                return i;
            }
        }
        return -1;
    }

    /** When the first slot not in flight comes free; {@link #IN_FLIGHT} when all are in flight. */
    long earliestFree() {
        long min = IN_FLIGHT;
        for (long t : freeAt) {
            if (t != IN_FLIGHT && (min == IN_FLIGHT || t - min < 0)) {
                min = t;
            }
        }
        return min;
    }

    void release(int slot, long finishedAt) {
        lock.lock();
        try {
            freeAt[slot] = finishedAt + periodNanos;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int getPermits() {
        return permits;
    }

    @Override
    public Duration getPeriod() {
        return Duration.ofNanos(periodNanos);
    }

    @Override
    public String toString() {
        return "ClientRateLimiter[" + permits + " per " + Duration.ofNanos(periodNanos) + "]";
    }

    @FunctionalInterface
    interface NanoClock {
        long nanoTime();
    }
}
