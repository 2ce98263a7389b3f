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
package io.kopru.camel.routes.store;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The PostgreSQL schema of the delivery pipeline, applied by Flyway from {@code db/kopru-routes} in this jar, with its
 * own history table, so that it shares a database (and a schema) with the application's own Flyway migrations and
 * with the support module's. Every node runs it at start, in turn under a PostgreSQL advisory lock (Flyway's own lock
 * comes too late for nodes that create the history table at the same moment); each version is applied once. The data
 * source must give three connections at once (one holds the lock while Flyway works on two).
 */
public final class KopruSchema {

    public static final String LOCATION = "classpath:db/kopru-routes";
    public static final String HISTORY_TABLE = "kopru_routes_schema_history";
    /** The advisory lock the nodes migrate under: a number of this library's own ("kopru_r1" in ASCII). */
    private static final long MIGRATION_LOCK = 0x6b6f7072755f7231L;

    private KopruSchema() {
    }

    public static void migrate(DataSource dataSource) {
        try (Connection lock = dataSource.getConnection()) {
            advisory(lock, "SELECT pg_advisory_lock(?)");
            try {
                Flyway.configure(KopruSchema.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(LOCATION)
                        .table(HISTORY_TABLE)
                        // the schema may hold other tables already: start this history below the first version
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot migrate the kopru routes schema", e);
        }
    }

    private static void advisory(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, MIGRATION_LOCK);
            ps.execute();
        }
    }
}
