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

/**
 * A client-side limit of {@link #getPermits()} requests in any window of {@link #getPeriod()}: a request takes a
 * {@link Permit} before it is sent and closes it when its answer came (or it failed). {@link ClientRateLimiter} holds
 * the limit in one JVM; {@link PostgresRateLimiter} holds it for every node that shares a PostgreSQL database.
 */
public interface RateLimiter {

    /**
     * Waits until a request may start, at most {@code maxWait}.
     *
     * @return the permit to close when the request is done, or null when it would have to wait longer than
     *         {@code maxWait}
     * @throws IllegalStateException when the limiter cannot tell (its database is unreachable): nothing may be sent
     */
    Permit acquire(Duration maxWait) throws InterruptedException;

    int getPermits();

    Duration getPeriod();

    /** Held by one request from before it is sent until its answer; closing it twice is harmless. */
    interface Permit extends AutoCloseable {
        @Override
        void close();

        /** Whether the request had to wait for this permit (recorded as a client-limiter wait). */
        default boolean waited() {
            return false;
        }
    }
}
