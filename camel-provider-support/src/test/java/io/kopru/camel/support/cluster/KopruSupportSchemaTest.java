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

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class KopruSupportSchemaTest {

    @Test
    void createsTheTablesOnceAndRecordsThemInItsOwnHistory() throws Exception {
        String db = TestPostgres.newDatabase();
        try (HikariDataSource node = TestPostgres.node(db, "schema-node")) {
            assertThat(KopruSupportSchema.migrate(node)).isEqualTo(1);
            assertThat(KopruSupportSchema.migrate(node)).as("a second run has nothing to do").isZero();
        }
        DataSource admin = TestPostgres.admin(db);
        assertThat(tables(admin)).contains("kopru_token", "kopru_rate_limit_slot", "kopru_used_token",
                KopruSupportSchema.HISTORY_TABLE);
        assertThat(single(admin, "SELECT count(*) FROM " + KopruSupportSchema.HISTORY_TABLE
                                 + " WHERE version = '1' AND success")).isEqualTo(1);
    }

    @Test
    void livesBesideAnotherLibrarysMigrationsInTheSameSchema() throws Exception {
        String db = TestPostgres.newDatabase();
        DataSource admin = TestPostgres.admin(db);
        // another library migrated first, with Flyway's default history table and a table of its own
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE other_library_rows (id BIGINT PRIMARY KEY)");
        }
        Flyway.configure().dataSource(admin).locations("classpath:db/nothing-here").failOnMissingLocations(false)
                .baselineOnMigrate(true).load().migrate();
        assertThat(KopruSupportSchema.migrate(admin)).isEqualTo(1);
        assertThat(tables(admin)).contains("other_library_rows", "flyway_schema_history", "kopru_rate_limit_slot");
    }

    /** Nodes creating the history table at the same moment once made one of them fail to baseline it. */
    @Test
    void nodesStartingTogetherApplyEachMigrationOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String db = TestPostgres.newDatabase();
            List<HikariDataSource> nodes = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            CountDownLatch go = new CountDownLatch(1);
            try {
                List<Future<Integer>> applied = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    HikariDataSource node = TestPostgres.node(db, "starting-node-" + round + "-" + i);
                    node.getConnection().close(); // the pool is open before the race starts
                    nodes.add(node);
                    applied.add(pool.submit(() -> {
                        go.await();
                        return KopruSupportSchema.migrate(node);
                    }));
                }
                go.countDown();
                int total = 0;
                for (Future<Integer> f : applied) {
                    total += f.get();
                }
                assertThat(total).isEqualTo(1);
            } finally {
                pool.shutdownNow();
                nodes.forEach(HikariDataSource::close);
            }
        }
    }

    private static List<String> tables(DataSource ds) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static long single(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
