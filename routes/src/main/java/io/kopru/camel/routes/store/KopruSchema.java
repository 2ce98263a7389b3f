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

import io.kopru.camel.support.cluster.LockedMigration;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The PostgreSQL schema of the delivery pipeline, applied by Flyway from {@code db/kopru-routes} in this jar, with its
 * own history table, so that it shares a database (and a schema) with the application's own Flyway migrations and
 * with the support module's. Every node runs it at start, in turn under a PostgreSQL advisory lock ({@link LockedMigration}:
 * Flyway's own lock comes too late for nodes that create the history table at the same moment); each version is
 * applied once. The data source must give three connections at once to the node that migrates; those waiting hold
 * none.
 */
public final class KopruSchema {

    public static final String LOCATION = "classpath:db/kopru-routes";
    public static final String HISTORY_TABLE = "kopru_routes_schema_history";
    /** Under an advisory lock of this library's own: "kopru_r1" in ASCII. */
    private static final LockedMigration MIGRATION = new LockedMigration(0x6b6f7072755f7231L,
            KopruSchema.class.getClassLoader(), LOCATION, HISTORY_TABLE);

    private KopruSchema() {
    }

    public static void migrate(DataSource dataSource) {
        try {
            MIGRATION.migrate(dataSource);
        } catch (SQLException e) {
            throw new StoreFailure("cannot migrate the kopru routes schema", e);
        }
    }
}
