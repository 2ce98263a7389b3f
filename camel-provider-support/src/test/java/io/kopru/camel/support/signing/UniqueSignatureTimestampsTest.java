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
package io.kopru.camel.support.signing;

import io.kopru.camel.support.error.ProviderRateLimitException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UniqueSignatureTimestampsTest {

    /** A clock that only moves when the allocator sleeps, so that no test depends on real time. */
    private static final class SteppingClock extends Clock {
        volatile long millis;
        final List<Duration> sleeps = new ArrayList<>();

        SteppingClock(long millis) {
            this.millis = millis;
        }

        synchronized void sleep(Duration d) {
            sleeps.add(d);
            millis += d.toMillis();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final HmacSha256 HMAC = new HmacSha256("test-secret");

    private static LongFunction<String> request(String method, String path, String body) {
        return ts -> HMAC.signHex(method + "|" + path + "|" + ts + "|" + body);
    }

    @Test
    void differentRequestsShareASecondWithoutWaiting() throws Exception {
        SteppingClock clock = new SteppingClock(1_763_800_000_250L);
        UniqueSignatureTimestamps stamps = new UniqueSignatureTimestamps("p", Duration.ofMinutes(5), clock::sleep);
        for (int i = 0; i < 50; i++) {
            assertThat(stamps.sign(clock, request("POST", "/send", "{\"n\":" + i + "}"), Duration.ofSeconds(5))
                    .epochSecond()).isEqualTo(1_763_800_000L);
        }
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void anIdenticalRequestInTheSameSecondTakesTheNextSecondAndWaitsForIt() throws Exception {
        SteppingClock clock = new SteppingClock(1_763_800_000_250L);
        UniqueSignatureTimestamps stamps = new UniqueSignatureTimestamps("p", Duration.ofMinutes(5), clock::sleep);
        LongFunction<String> stats = request("GET", "/api/v1/sms/stats", "");

        UniqueSignatureTimestamps.Stamp first = stamps.sign(clock, stats, Duration.ofSeconds(5));
        UniqueSignatureTimestamps.Stamp second = stamps.sign(clock, stats, Duration.ofSeconds(5));
        UniqueSignatureTimestamps.Stamp third = stamps.sign(clock, stats, Duration.ofSeconds(5));

        assertThat(first.epochSecond()).isEqualTo(1_763_800_000L);
        assertThat(second.epochSecond()).isEqualTo(1_763_800_001L);
        assertThat(third.epochSecond()).isEqualTo(1_763_800_002L);
        assertThat(Set.of(first.signature(), second.signature(), third.signature())).hasSize(3);
        // it waited until each reserved second had begun: no timestamp from the future
        assertThat(clock.sleeps).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1000));
        assertThat(clock.instant().getEpochSecond()).isEqualTo(third.epochSecond());
    }

    @Test
    void aRequestThatWouldWaitTooLongIsRefusedBeforeSending() throws Exception {
        SteppingClock clock = new SteppingClock(1_763_800_000_000L);
        UniqueSignatureTimestamps stamps = new UniqueSignatureTimestamps("p", Duration.ofMinutes(5), clock::sleep);
        LongFunction<String> same = request("POST", "/send", "{}");
        stamps.sign(clock, same, Duration.ZERO);
        // the identical request would have to wait for the next second, and may not wait at all
        assertThatThrownBy(() -> stamps.sign(clock, same, Duration.ZERO))
                .isInstanceOfSatisfying(ProviderRateLimitException.class,
                        e -> assertThat(e.isDefinitelyNotSent()).isTrue())
                .hasMessageContaining("at most once per second");
    }

    @Test
    void pairsAreForgottenAfterTheWindow() throws Exception {
        SteppingClock clock = new SteppingClock(1_763_800_000_000L);
        UniqueSignatureTimestamps stamps = new UniqueSignatureTimestamps("p", Duration.ofMinutes(5), clock::sleep);
        for (int i = 0; i < 10; i++) {
            stamps.sign(clock, request("POST", "/send", "" + i), Duration.ofSeconds(1));
        }
        assertThat(stamps.remembered()).isEqualTo(10);
        clock.millis += Duration.ofMinutes(6).toMillis();
        stamps.sign(clock, request("POST", "/send", "x"), Duration.ofSeconds(1));
        assertThat(stamps.remembered()).isEqualTo(1);
    }

    @Test
    void concurrentIdenticalRequestsNeverShareAPair() throws Exception {
        UniqueSignatureTimestamps stamps = new UniqueSignatureTimestamps("p", Duration.ofMinutes(5));
        // the real clock, five identical requests: at most a few seconds
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<UniqueSignatureTimestamps.Stamp>> futures = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                futures.add(pool.submit(() -> stamps.sign(Clock.systemUTC(), request("GET", "/s", ""),
                        Duration.ofSeconds(30))));
            }
            Set<Long> seconds = new HashSet<>();
            for (Future<UniqueSignatureTimestamps.Stamp> f : futures) {
                UniqueSignatureTimestamps.Stamp s = f.get(30, TimeUnit.SECONDS);
                assertThat(s.epochSecond()).isLessThanOrEqualTo(Instant.now().getEpochSecond());
                seconds.add(s.epochSecond());
            }
            assertThat(seconds).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
