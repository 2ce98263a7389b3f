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
package io.kopru.camel.routes.pending;

import com.zaxxer.hikari.HikariDataSource;
import io.kopru.camel.routes.attempt.PostgresSendAttemptStore;
import io.kopru.camel.routes.attempt.SendAttempt;
import io.kopru.camel.routes.attempt.SendAttemptStore;
import io.kopru.camel.routes.infra.Postgres;
import io.kopru.camel.routes.outbox.PostgresReportOutbox;
import io.kopru.camel.routes.outbox.QueuedReport;
import io.kopru.camel.routes.store.KopruSchema;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL stores as two nodes see them, on PostgreSQL 16.4 started from Maven. */
class PostgresStoresTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static Postgres postgres;
    private static HikariDataSource dataSource;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        dataSource = postgres.dataSource(4);
        KopruSchema.migrate(dataSource);
        KopruSchema.migrate(dataSource); // a second node starting: nothing to apply
    }

    @AfterAll
    static void stop() {
        dataSource.close();
        postgres.close();
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE kopru_pending_delivery, kopru_report_outbox, kopru_send_attempt");
        }
    }

    private static PostgresPendingDeliveryStore node(String name, Duration lease) {
        return new PostgresPendingDeliveryStore(dataSource, name, lease, Duration.ZERO);
    }

    @Test
    void threeNodesStartingAtOnceMigrateAnEmptyDatabaseOnce() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE race");
        }
        // one pool of 4 for three nodes: the migrating node needs 3; a node waiting its turn must hold none
        try (HikariDataSource race = Postgres.dataSource(
                postgres.jdbcUrl().replace("/postgres", "/race"), 4, Duration.ofSeconds(30))) {
            List<java.util.concurrent.CompletableFuture<Void>> nodes = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                nodes.add(java.util.concurrent.CompletableFuture.runAsync(() -> KopruSchema.migrate(race)));
            }
            for (java.util.concurrent.CompletableFuture<Void> node : nodes) {
                node.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            try (Connection c = race.getConnection(); Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM " + KopruSchema.HISTORY_TABLE
                         + " WHERE success AND version = '1'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void storesWhatTheInMemoryStoreStores() {
        PendingDeliveryStoresTest.exercise(node("a", Duration.ofMinutes(1)));
    }

    @Test
    void recordsPushesAsTheInMemoryStoreDoes() {
        PendingDeliveryStoresTest.exercisePushes(node("a", Duration.ofMinutes(1)),
                new PostgresReportOutbox(dataSource, "a", Duration.ofMinutes(1)));
    }

    @Test
    void aPollThatRacedAFinishingPushRecordsNothing() {
        PostgresPendingDeliveryStore a = node("a", Duration.ofMinutes(1));
        PostgresPendingDeliveryStore b = node("b", Duration.ofMinutes(1));
        PostgresReportOutbox outbox = new PostgresReportOutbox(dataSource, "a", Duration.ofMinutes(1));
        a.put(PendingDelivery.tracked("iletimerkezi", "12", T0, 1));
        PendingDelivery claimed = a.claim(10).get(0);
        // the push arrives on another node while the poll of the first still runs
        assertThat(b.pushed(PendingDeliveryStoresTest.report("12", "+905321234567", DeliveryStatus.DELIVERED,
                "delivered"))).isNotNull();
        outbox.claim(10).forEach(q -> outbox.published(q.getReportId()));

        a.complete(claimed, claimed.polled(T0.plusSeconds(1), Map.of("+905321234567", DeliveryStatus.DELIVERED)),
                List.of(PendingDeliveryStoresTest.report("12", "+905321234567", DeliveryStatus.DELIVERED, "111")));

        assertThat(a.size()).isZero();
        assertThat(outbox.unpublished()).isZero();
    }

    @Test
    void twoNodesNeverClaimTheSameDelivery() {
        PostgresPendingDeliveryStore a = node("a", Duration.ofMinutes(1));
        PostgresPendingDeliveryStore b = node("b", Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            a.put(PendingDelivery.tracked("iletimerkezi", "id-" + i, T0.plusMillis(i)));
        }
        List<PendingDelivery> byA = a.claim(6);
        List<PendingDelivery> byB = b.claim(10);
        assertThat(byA).hasSize(6);
        assertThat(byB).hasSize(4);
        assertThat(byA).extracting(PendingDelivery::getMessageId)
                .doesNotContainAnyElementsOf(byB.stream().map(PendingDelivery::getMessageId).toList());
        assertThat(b.claim(10)).as("everything is claimed").isEmpty();
        // b cannot complete what a holds
        b.complete(byA.get(0), null, List.of());
        assertThat(a.size()).isEqualTo(10);
    }

    @Test
    void aDeadNodesClaimIsTakenOverWhenItsLeaseRunsOut() throws Exception {
        PostgresPendingDeliveryStore dying = node("dying", Duration.ofMillis(800));
        PostgresPendingDeliveryStore survivor = node("survivor", Duration.ofMinutes(1));
        dying.put(PendingDelivery.tracked("iletimerkezi", "42", T0));
        assertThat(dying.claim(10)).hasSize(1);
        assertThat(survivor.claim(10)).isEmpty();
        Thread.sleep(1200);
        assertThat(survivor.claim(10)).extracting(PendingDelivery::getMessageId).containsExactly("42");
    }

    @Test
    void aCompletedPollWritesItsChangesToTheOutboxOnceEach() {
        PostgresPendingDeliveryStore a = node("a", Duration.ofMinutes(1));
        PostgresReportOutbox outboxA = new PostgresReportOutbox(dataSource, "a", Duration.ofMinutes(1));
        PostgresReportOutbox outboxB = new PostgresReportOutbox(dataSource, "b", Duration.ofMinutes(1));
        a.put(PendingDelivery.tracked("iletimerkezi", "42", T0));
        PendingDelivery claimed = a.claim(1).get(0);
        DeliveryReport delivered = new DeliveryReport("iletimerkezi", "42", "+905321234567", DeliveryStatus.DELIVERED,
                "111", T0);
        a.complete(claimed, null, List.of(delivered));
        assertThat(a.size()).isZero();
        // recorded again (a node that polled it once more): still one change
        a.put(PendingDelivery.tracked("iletimerkezi", "42", T0));
        a.complete(a.claim(1).get(0), null, List.of(delivered));

        List<QueuedReport> batch = outboxA.claim(10);
        assertThat(batch).singleElement().satisfies(q -> {
            assertThat(q.getReportId()).isEqualTo("iletimerkezi:42:+905321234567:DELIVERED");
            assertThat(q.getReport()).isEqualTo(delivered);
        });
        assertThat(outboxB.claim(10)).as("claimed by a").isEmpty();
        outboxA.published(batch.get(0).getReportId());
        assertThat(outboxA.unpublished()).isZero();
    }

    @Test
    void aReconciledParkedSendBecomesATrackedDelivery() {
        PostgresPendingDeliveryStore a = node("a", Duration.ofMinutes(1));
        PendingDelivery parked = PendingDelivery.parked("iletimerkezi", SmsMessage.of("metin", "5321234567"), T0, "k", 0);
        a.put(parked);
        a.put(parked); // parked again after a crash: one entry
        assertThat(a.size()).isEqualTo(1);
        PendingDelivery claimed = a.claim(1).get(0);
        a.complete(claimed, claimed.reconciled("240000001", T0), List.of());
        assertThat(a.due(10)).singleElement().satisfies(d -> {
            assertThat(d.getState()).isEqualTo(PendingDelivery.State.TRACKED);
            assertThat(d.getMessageId()).isEqualTo("240000001");
        });
        PendingDelivery tracked = a.claim(1).get(0);
        a.complete(tracked, tracked.polled(T0, Map.of("+905321234567", DeliveryStatus.PENDING)), List.of());
        assertThat(a.due(1).get(0).getStatuses()).containsEntry("+905321234567", DeliveryStatus.PENDING);
    }

    @Test
    void sendAttemptsAcrossNodes() {
        PostgresSendAttemptStore a = new PostgresSendAttemptStore(dataSource, "a");
        PostgresSendAttemptStore b = new PostgresSendAttemptStore(dataSource, "b");
        assertThat(a.begin("k1", "iletimerkezi", "h").outcome).isEqualTo(SendAttempt.Outcome.SEND);
        // a redelivery to b while a's outcome is unknown
        assertThat(b.begin("k1", "iletimerkezi", "h").outcome).isEqualTo(SendAttempt.Outcome.OUTCOME_UNKNOWN);
        assertThat(b.begin("k1", "iletimerkezi", "other").outcome).isEqualTo(SendAttempt.Outcome.KEY_REUSED);
        a.accepted("k1", "iletimerkezi", List.of("240000001"));
        SendAttemptStore.Begun again = b.begin("k1", "iletimerkezi", "h");
        assertThat(again.outcome).isEqualTo(SendAttempt.Outcome.ALREADY_ACCEPTED);
        assertThat(again.earlier.getMessageIds()).containsExactly("240000001");

        assertThat(a.begin("k2", "iletimerkezi", "h").outcome).isEqualTo(SendAttempt.Outcome.SEND);
        a.parked("k2", "iletimerkezi");
        assertThat(b.begin("k2", "iletimerkezi", "h").outcome).isEqualTo(SendAttempt.Outcome.ALREADY_PARKED);
        assertThat(b.release("k2")).isTrue();
        assertThat(a.release("k2")).as("released once only").isFalse();
        assertThat(a.begin("k2", "iletimerkezi", "h").outcome).isEqualTo(SendAttempt.Outcome.SEND);

        a.notSent("k2");
        assertThat(b.begin("k2", "mobildev", "h").outcome).isEqualTo(SendAttempt.Outcome.SEND);
        assertThat(a.find("k2").getProvider()).isEqualTo("mobildev");
    }
}
