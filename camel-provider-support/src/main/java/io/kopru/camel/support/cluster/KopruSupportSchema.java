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
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Creates and upgrades the tables of the support module's cluster machinery ({@code PostgresRateLimiter},
 * {@code PostgresTokenStore}, {@code PostgresUsedTokens}) with Flyway: versioned migrations shipped in this jar under
 * {@value #LOCATION}, recorded in their own history table {@value #HISTORY_TABLE}, so that other libraries' migrations
 * (the routes library's) live in the same schema with their own. Safe to run on every node at start-up: the nodes
 * take turns under a PostgreSQL advisory lock (Flyway's own lock comes too late for nodes that create the history
 * table at the same moment: one of them then fails to baseline it), and each version is applied once.
 * <p>
 * Needs {@code org.flywaydb:flyway-core} and {@code org.flywaydb:flyway-database-postgresql} on the class path
 * (optional dependencies of this module) and a PostgreSQL driver; the data source must give two connections at once
 * (one holds the lock while Flyway works on another).
 */
public final class KopruSupportSchema {

    public static final String LOCATION = "classpath:db/kopru/support";
    public static final String HISTORY_TABLE = "kopru_support_schema_history";
    /** The advisory lock the nodes migrate under: a number of this module's own ("kopru_s1" in ASCII). */
    private static final long MIGRATION_LOCK = 0x6b6f7072755f7331L;

    private KopruSupportSchema() {
    }

    /**
     * Applies the migrations not applied yet, in the data source's current schema.
     *
     * @return how many were applied now
     */
    public static int migrate(DataSource dataSource) {
        try (Connection lock = dataSource.getConnection()) {
            advisory(lock, "SELECT pg_advisory_lock(?)");
            try {
                return flyway(dataSource);
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate the kopru support schema: " + e.getMessage(), e);
        }
    }

    private static int flyway(DataSource dataSource) {
        MigrateResult result = Flyway.configure(KopruSupportSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // the schema may hold other libraries' tables already: start our history below our first version
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    private static void advisory(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, MIGRATION_LOCK);
            ps.execute();
        }
    }
}
