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
package io.kopru.camel.routes;

import com.zaxxer.hikari.HikariDataSource;
import io.kopru.camel.routes.infra.Postgres;
import io.kopru.camel.routes.store.KopruSchema;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;

/** {@link PollCallsClassicRouteTest} on PostgreSQL: the round's deliveries come from the store's claims. */
class PostgresPollCallsRouteTest extends PollCallsClassicRouteTest {

    private static Postgres postgres;
    private HikariDataSource dataSource;

    @BeforeAll
    static void startPostgres() {
        postgres = Postgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Override
    protected void configure(Properties p) {
        super.configure(p);
        p.setProperty("kopru.store", "postgresql");
        p.setProperty("kopru.node.name", "node-a");
        p.setProperty("kopru.poll.interval-seconds", "0");
        p.setProperty("kopru.store.claim-lease-seconds", "600");
    }

    @Override
    protected void bind(Main main) {
        dataSource = postgres.dataSource(4);
        KopruSchema.migrate(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE kopru_pending_delivery, kopru_report_outbox, kopru_send_attempt");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        main.bind("kopruDataSource", dataSource);
    }

    @Override
    protected void afterStop() {
        dataSource.close();
    }
}
