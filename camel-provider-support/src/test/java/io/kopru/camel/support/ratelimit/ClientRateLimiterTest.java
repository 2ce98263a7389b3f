package io.kopru.camel.support.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimiterTest {

    @Test
    void noWindowOfOnePeriodEverHoldsMoreThanThePermits() {
        long period = Duration.ofSeconds(1).toNanos();
        ClientRateLimiter limiter = new ClientRateLimiter(50, Duration.ofSeconds(1), () -> 0L);
        Random random = new Random(42);
        List<Long> granted = new ArrayList<>();
        long now = 0;
        // callers arrive at random moments; each takes a start as soon as the limiter allows it
        for (int i = 0; i < 2_000; i++) {
            now += random.nextInt(30_000_000);
            long wait;
            while ((wait = limiter.reserve(now)) > 0) {
                now += wait;
            }
            granted.add(now);
        }
        for (int i = 0; i + 50 < granted.size(); i++) {
            assertThat(granted.get(i + 50) - granted.get(i)).isGreaterThanOrEqualTo(period);
        }
    }

    @Test
    void aFullWindowIsUsedWithoutWaiting() {
        ClientRateLimiter limiter = new ClientRateLimiter(50, Duration.ofSeconds(1), () -> 0L);
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.reserve(1_000)).isZero();
        }
        assertThat(limiter.reserve(1_000)).isEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void concurrentCallersAreAllServed() throws Exception {
        ClientRateLimiter limiter = new ClientRateLimiter(10, Duration.ofMillis(100));
        AtomicInteger served = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> {
                if (limiter.acquire(Duration.ofSeconds(10))) {
                    served.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(served.get()).isEqualTo(40);
    }

    @Test
    void refusesWhenTheWaitWouldExceedTheLimit() throws Exception {
        long[] now = {0};
        ClientRateLimiter limiter = new ClientRateLimiter(2, Duration.ofMinutes(1), () -> now[0]);
        assertThat(limiter.acquire(Duration.ZERO)).isTrue();
        assertThat(limiter.acquire(Duration.ZERO)).isTrue();
        assertThat(limiter.acquire(Duration.ofSeconds(1))).isFalse();
        now[0] += Duration.ofMinutes(1).toNanos();
        assertThat(limiter.acquire(Duration.ZERO)).isTrue();
    }
}
