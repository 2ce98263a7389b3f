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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link ClientRateLimiter}'s slots kept in PostgreSQL, so that every node on the database shares one limit per key:
 * the key's {@code permits} slots are rows of {@code kopru_rate_limit_slot} (created by {@code KopruSupportSchema}).
 * A caller reserves the slot without holder that comes free first ({@code FOR UPDATE SKIP LOCKED}, so nodes never
 * wait on each other's row locks), sleeps until its {@code free_at}, and sends; closing its permit after the answer
 * sets {@code free_at} a full period later, by the database's clock, so the nodes' clocks do not matter. Reserving
 * ahead keeps the database round trip out of the slot's idle time.
 * <p>
 * Why this holds against any provider window, fixed or sliding, whatever the latency: a request reaches the provider
 * after its slot came free and before its answer, and the slot comes free again a period after that answer was
 * recorded; so two requests on one slot reach the provider more than a period apart, and no window of one period sees
 * more than {@code permits} of them.
 * <p>
 * A slot reserved by a node that dies before it closes the permit comes free a {@code lease} after it was due. The
 * lease must be longer than a request can take (connect timeout plus response timeout), or a slow request could share
 * its slot; a node holds at most two reservations it has not used yet, so a node killed takes at most those and its
 * requests in flight with it. Nodes that share a key must agree on permits and period. Within one JVM callers reserve
 * in arrival order.
 */
public final class PostgresRateLimiter implements RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresRateLimiter.class);
    private static final int RESERVED_AHEAD = 2;
    /** A slot without holder that another node is reserving right now: look again this soon. */
    private static final long MIN_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Every slot held: one comes free a period after its answer at the soonest; look again this often. */
    private static final long MAX_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private static final String CREATE_SLOTS = "INSERT INTO kopru_rate_limit_slot (limiter_key, slot, free_at)"
            + " SELECT ?, g, TIMESTAMPTZ 'epoch' FROM generate_series(0, ? - 1) g ON CONFLICT DO NOTHING";
    // reserves the slot that comes free first, if it does within the wait: no holder (or its lease ran out); the
    // reservation's lease runs from the moment the slot comes free. Answers the slot and the microseconds until it
    // may be used, or, when none was reserved, the microseconds until the first slot without holder comes free
    private static final String RESERVE = "WITH pick AS ("
            + " SELECT slot, free_at FROM kopru_rate_limit_slot"
            + " WHERE limiter_key = ? AND slot < ? AND (holder IS NULL OR free_at <= clock_timestamp())"
            + " AND free_at <= clock_timestamp() + ? * interval '1 microsecond'"
            + " ORDER BY free_at LIMIT 1 FOR UPDATE SKIP LOCKED),"
            + " reserved AS ("
            + " UPDATE kopru_rate_limit_slot s"
            + " SET free_at = GREATEST(pick.free_at, clock_timestamp()) + ? * interval '1 microsecond', holder = ?"
            + " FROM pick WHERE s.limiter_key = ? AND s.slot = pick.slot RETURNING s.slot, pick.free_at AS start_at)"
            + " SELECT (SELECT slot FROM reserved),"
            + " (SELECT CAST(EXTRACT(EPOCH FROM (start_at - clock_timestamp())) * 1000000 AS BIGINT) FROM reserved),"
            + " (SELECT CAST(EXTRACT(EPOCH FROM (min(free_at) - clock_timestamp())) * 1000000 AS BIGINT)"
            + " FROM kopru_rate_limit_slot WHERE limiter_key = ? AND slot < ? AND holder IS NULL)";
    private static final String RELEASE = "UPDATE kopru_rate_limit_slot"
            + " SET free_at = clock_timestamp() + ? * interval '1 microsecond', holder = NULL"
            + " WHERE limiter_key = ? AND slot = ? AND holder = ?";

    private final DataSource dataSource;
    private final String key;
    private final int permits;
    private final Duration period;
    private final Duration lease;
    /** One caller of this JVM asks the database at a time, the others wait here in arrival order. */
    private final ReentrantLock local = new ReentrantLock(true);
    /**
     * How many callers of this JVM may hold a reservation they are still waiting to use: enough to keep the database's
     * round trip out of the slots' idle time, few enough that a node killed while waiting takes few slots with it
     * until their lease runs out.
     */
    private final Semaphore ahead = new Semaphore(RESERVED_AHEAD, true);
    private volatile boolean slotsCreated;

    /**
     * @param key   names the limit (provider and account); every limiter of one key on one database shares it
     * @param lease how long a slot stays taken when its permit is never closed (its node died); longer than any
     *              request can take
     */
    public PostgresRateLimiter(DataSource dataSource, String key, int permits, Duration period, Duration lease) {
        if (permits <= 0) {
            throw new IllegalArgumentException("permits must be positive: " + permits);
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        if (lease.isZero() || lease.isNegative()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
        if (key == null || key.isEmpty() || key.length() > 200) {
            throw new IllegalArgumentException("key must have 1 to 200 characters");
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.key = key;
        this.permits = permits;
        this.period = period;
        this.lease = lease;
    }

    @Override
    public RateLimiter.Permit acquire(Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        if (!ahead.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            return null;
        }
        try {
            Reservation reservation = reserveInTurn(deadline);
            if (reservation == null) {
                return null;
            }
            SlotPermit permit = new SlotPermit(reservation.slot, reservation.holder, reservation.untilUsable > 0);
            try {
                // the database's clock said how long until the slot comes free, and its answer took time to arrive:
                // sleeping that long from now ends after the slot came free
                TimeUnit.NANOSECONDS.sleep(reservation.untilUsable);
            } catch (InterruptedException e) {
                permit.close();
                throw e;
            }
            return permit;
        } finally {
            ahead.release();
        }
    }

    /** Reserves a slot, the callers of this JVM one after the other; null when none comes free before the deadline. */
    private Reservation reserveInTurn(long deadline) throws InterruptedException {
        if (!local.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return null;
        }
        try {
            createSlots();
            while (true) {
                long left = deadline - System.nanoTime();
                Reservation reservation = reserve(Math.max(0, left));
                if (reservation.slot >= 0) {
                    return reservation;
                }
                left = deadline - System.nanoTime();
                boolean allHeld = reservation.untilFirstUnheldFree == Long.MAX_VALUE;
                if (left <= 0 || (allHeld ? left < period.toNanos() : reservation.untilFirstUnheldFree > left)) {
                    // even the first slot to come free comes too late (a held one: a period after its answer)
                    return null;
                }
                // every slot is held (in flight, or reserved by a caller waiting for it), or another node is taking
                // the one that is not: look again soon; the callers behind this one wait for the lock in order
                TimeUnit.NANOSECONDS.sleep(Math.min(left, allHeld ? MAX_POLL_NANOS : MIN_POLL_NANOS));
            }
        } finally {
            local.unlock();
        }
    }

    private record Reservation(int slot, String holder, long untilUsable, long untilFirstUnheldFree) {
    }

    private Reservation reserve(long maxWaitNanos) {
        String holder = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RESERVE)) {
            ps.setString(1, key);
            ps.setInt(2, permits);
            ps.setLong(3, TimeUnit.NANOSECONDS.toMicros(maxWaitNanos));
            ps.setLong(4, TimeUnit.NANOSECONDS.toMicros(lease.toNanos()));
            ps.setString(5, holder);
            ps.setString(6, key);
            ps.setString(7, key);
            ps.setInt(8, permits);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int slot = rs.getInt(1);
                if (!rs.wasNull()) {
                    return new Reservation(slot, holder, TimeUnit.MICROSECONDS.toNanos(Math.max(0, rs.getLong(2))), 0);
                }
                long untilFree = rs.getLong(3);
                return new Reservation(-1, null, 0,
                        rs.wasNull() ? Long.MAX_VALUE : TimeUnit.MICROSECONDS.toNanos(Math.max(0, untilFree)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take a rate-limit slot of " + key + ": " + e.getMessage(), e);
        }
    }

    private void release(int slot, String holder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RELEASE)) {
            ps.setLong(1, TimeUnit.NANOSECONDS.toMicros(period.toNanos()));
            ps.setString(2, key);
            ps.setInt(3, slot);
            ps.setString(4, holder);
            if (ps.executeUpdate() == 0) {
                LOG.warn("{}: a request held its rate-limit slot longer than the lease of {} ms; raise the lease above"
                         + " the connect and response timeouts", key, lease.toMillis());
            }
        } catch (SQLException e) {
            // the slot stays taken until its lease runs out: fewer requests, never more
            LOG.warn("{}: cannot return rate-limit slot {} ({}); it comes free when its lease runs out", key, slot,
                    e.getMessage());
        }
    }

    private void createSlots() {
        if (slotsCreated) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CREATE_SLOTS)) {
            ps.setString(1, key);
            ps.setInt(2, permits);
            ps.executeUpdate();
            slotsCreated = true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the rate-limit slots of " + key + " (has"
                                            + " KopruSupportSchema.migrate run?): " + e.getMessage(), e);
        }
    }

    @Override
    public int getPermits() {
        return permits;
    }

    @Override
    public Duration getPeriod() {
        return period;
    }

    public String getKey() {
        return key;
    }

    public Duration getLease() {
        return lease;
    }

    @Override
    public String toString() {
        return "PostgresRateLimiter[" + key + ", " + permits + " per " + period + "]";
    }

    private final class SlotPermit implements RateLimiter.Permit {
        private final int slot;
        private final String holder;
        private final boolean waited;
        private boolean closed;

        SlotPermit(int slot, String holder, boolean waited) {
            this.slot = slot;
            this.holder = holder;
            this.waited = waited;
        }

        /** The slot it reserved was not free yet: the request slept until it was. */
        @Override
        public boolean waited() {
            return waited;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(slot, holder);
            }
        }
    }
}
