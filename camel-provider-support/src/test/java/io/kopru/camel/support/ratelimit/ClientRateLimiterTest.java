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

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimiterTest {

    /**
     * Requests start when the limiter lets them, take a random time, and reach the provider at any moment between
     * their start and their answer; however uneven, no window of one period ever holds more arrivals than permits.
     */
    @Test
    void noWindowOfOnePeriodEverSeesMoreArrivalsThanPermitsWhateverTheLatency() {
        long period = Duration.ofSeconds(1).toNanos();
        int permits = 50;
        ClientRateLimiter limiter = new ClientRateLimiter(permits, Duration.ofSeconds(1), () -> 0L);
        Random random = new Random(42);
        List<Long> arrivals = new ArrayList<>();
        // in-flight requests by the time they finish: [finish, slot]
        PriorityQueue<long[]> inFlight = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        long now = 0;
        for (int i = 0; i < 5_000; i++) {
            now += random.nextInt(5_000_000);
            int slot;
            while ((slot = limiter.take(now)) < 0) {
                long next = limiter.earliestFree();
                long finish = inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.peek()[0];
                // time moves to whichever comes first: a request finishing, or a slot coming free
                now = Math.max(now, next == Long.MAX_VALUE ? finish : Math.min(next, finish));
                while (!inFlight.isEmpty() && inFlight.peek()[0] <= now) {
                    long[] done = inFlight.poll();
                    limiter.release((int) done[1], done[0]);
                }
            }
            long latency = 1_000_000 + random.nextInt(200_000_000); // 1 to 201 ms
            arrivals.add(now + (long) (random.nextDouble() * latency));
            inFlight.add(new long[] {now + latency, slot});
        }
        Collections.sort(arrivals);
        for (int i = 0; i + permits < arrivals.size(); i++) {
            assertThat(arrivals.get(i + permits) - arrivals.get(i)).isGreaterThanOrEqualTo(period);
        }
    }

    @Test
    void aFullWindowIsUsedWithoutWaitingAndASlotComesBackAPeriodAfterItsRequestFinished() throws Exception {
        long[] now = {0};
        ClientRateLimiter limiter = new ClientRateLimiter(2, Duration.ofSeconds(1), () -> now[0]);
        ClientRateLimiter.Permit a = limiter.acquire(Duration.ZERO);
        ClientRateLimiter.Permit b = limiter.acquire(Duration.ZERO);
        assertThat(a).isNotNull();
        assertThat(b).isNotNull();
        assertThat(limiter.acquire(Duration.ZERO)).as("both slots in flight").isNull();
        now[0] = Duration.ofMillis(300).toNanos();
        a.close();
        now[0] = Duration.ofMillis(1299).toNanos();
        assertThat(limiter.acquire(Duration.ZERO)).as("a period after a finished: not yet").isNull();
        now[0] = Duration.ofMillis(1300).toNanos();
        assertThat(limiter.acquire(Duration.ZERO)).isNotNull();
    }

    @Test
    void refusesWhenTheWaitWouldExceedTheLimit() throws Exception {
        long[] now = {0};
        ClientRateLimiter limiter = new ClientRateLimiter(1, Duration.ofMinutes(1), () -> now[0]);
        limiter.acquire(Duration.ZERO).close();
        assertThat(limiter.acquire(Duration.ofSeconds(1))).isNull();
        now[0] += Duration.ofMinutes(1).toNanos();
        assertThat(limiter.acquire(Duration.ZERO)).isNotNull();
    }

    @Test
    void concurrentCallersAreAllServed() throws Exception {
        ClientRateLimiter limiter = new ClientRateLimiter(10, Duration.ofMillis(100));
        AtomicInteger served = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> {
                try (ClientRateLimiter.Permit permit = limiter.acquire(Duration.ofSeconds(10))) {
                    if (permit != null) {
                        served.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(served.get()).isEqualTo(40);
    }
}
