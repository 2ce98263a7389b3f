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
package io.kopru.camel.support.cluster;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One library's Flyway migrations, applied by whichever node comes first while the others wait their turn under a
 * PostgreSQL advisory lock of the library's own (Flyway's own lock comes too late for nodes that create the history
 * table at the same moment: one of them then fails to baseline it). A waiting node asks for the lock with
 * {@code pg_try_advisory_lock} and holds no connection of its pool between two tries, so nodes starting together on
 * one small pool cannot starve the node that holds the lock: that node needs three connections at once (the lock's,
 * and two that Flyway works on).
 */
public final class LockedMigration {

    /** How long a node waits for another to finish migrating before it gives up. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 500;

    private final long lockKey;
    private final ClassLoader classLoader;
    private final String location;
    private final String historyTable;

    /**
     * @param lockKey      the advisory lock's key, one per library
     * @param classLoader  the loader that sees {@code location}
     * @param location     Flyway's location of the migrations, e.g. {@code classpath:db/kopru/support}
     * @param historyTable the library's own history table, so that libraries share a schema
     */
    public LockedMigration(long lockKey, ClassLoader classLoader, String location, String historyTable) {
        this.lockKey = lockKey;
        this.classLoader = classLoader;
        this.location = location;
        this.historyTable = historyTable;
    }

    /**
     * Applies the migrations not applied yet, in the data source's current schema.
     *
     * @return how many were applied now
     * @throws SQLException when the database cannot be used, or another node held the lock longer than
     *                      {@link #MAX_WAIT}
     */
    public int migrate(DataSource dataSource) throws SQLException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try (Connection lock = dataSource.getConnection()) {
                if (tryLock(lock)) {
                    try {
                        return flyway(dataSource);
                    } finally {
                        unlock(lock);
                    }
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new SQLException("another node has been migrating " + historyTable + " for more than " + MAX_WAIT);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting to migrate " + historyTable, e);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private int flyway(DataSource dataSource) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                // the schema may hold other libraries' tables already: start this history below the first version
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, lockKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, lockKey);
            ps.execute();
        }
    }
}
