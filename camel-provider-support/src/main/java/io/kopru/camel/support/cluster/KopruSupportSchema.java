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

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Creates and upgrades the tables of the support module's cluster machinery ({@code PostgresRateLimiter},
 * {@code PostgresTokenStore}, {@code PostgresUsedTokens}) with Flyway: versioned migrations shipped in this jar under
 * {@value #LOCATION}, recorded in their own history table {@value #HISTORY_TABLE}, so that other libraries' migrations
 * (the routes library's) live in the same schema with their own. Safe to run on every node at start-up: the nodes
 * take turns under a PostgreSQL advisory lock (Flyway's own lock comes too late for nodes that create the history
 * table at the same moment: one of them then fails to baseline it), and each version is applied once
 * ({@link LockedMigration}).
 * <p>
 * Needs {@code org.flywaydb:flyway-core} and {@code org.flywaydb:flyway-database-postgresql} on the class path
 * (optional dependencies of this module) and a PostgreSQL driver; the data source must give three connections at once
 * to the node that migrates (one holds the lock while Flyway works on two); the nodes waiting their turn hold none.
 */
public final class KopruSupportSchema {

    public static final String LOCATION = "classpath:db/kopru/support";
    public static final String HISTORY_TABLE = "kopru_support_schema_history";
    /** Under an advisory lock of this module's own: "kopru_s1" in ASCII. */
    private static final LockedMigration MIGRATION = new LockedMigration(0x6b6f7072755f7331L,
            KopruSupportSchema.class.getClassLoader(), LOCATION, HISTORY_TABLE);

    private KopruSupportSchema() {
    }

    /**
     * Applies the migrations not applied yet, in the data source's current schema.
     *
     * @return how many were applied now
     */
    public static int migrate(DataSource dataSource) {
        try {
            return MIGRATION.migrate(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate the kopru support schema: " + e.getMessage(), e);
        }
    }
}
