package io.kopru.camel.support.ratelimit;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps a producer under a provider's documented limit ("5000 per minute") so that a route stays under it instead of
 * bouncing off it with 429s. A sliding window: in any interval of {@code period} at most {@code permits} requests
 * start. That is at least as strict as a fixed-window or a sliding-window limit on the provider's side with the same
 * numbers, so the provider never sees more than it allows (give a little headroom for network jitter).
 * Thread-safe; waiting callers are served in arrival order.
 */
public final class ClientRateLimiter {

    private final int permits;
    private final long periodNanos;
    /** Start times of the last {@code permits} requests, a ring. */
    private final long[] starts;
    private int next;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
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
        this.starts = new long[permits];
        this.clock = clock;
        long now = clock.nanoTime();
        for (int i = 0; i < permits; i++) {
            starts[i] = now - periodNanos;
        }
    }

    /**
     * Waits until a request may start, at most {@code maxWait}.
     *
     * @return true when the caller may send now, false when it would have to wait longer than {@code maxWait}
     */
    public boolean acquire(Duration maxWait) throws InterruptedException {
        long deadline = clock.nanoTime() + maxWait.toNanos();
        lock.lockInterruptibly();
        try {
            while (true) {
                long now = clock.nanoTime();
                long wait = reserve(now);
                if (wait == 0) {
                    return true;
                }
                if (now + wait - deadline > 0) {
                    return false;
                }
                changed.awaitNanos(wait);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a start at {@code now} if the window allows it.
     *
     * @return 0 when taken, else how many nanoseconds until one is free. Call with the lock held.
     */
    long reserve(long now) {
        // the oldest of the last `permits` starts; a new one may start once it is a full period old
        long freeAt = starts[next] + periodNanos;
        if (freeAt - now <= 0) {
            starts[next] = now;
            next = (next + 1) % permits;
            return 0;
        }
        return freeAt - now;
    }

    public int getPermits() {
        return permits;
    }

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
