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
import io.kopru.camel.routes.attempt.SendAttempt;
import io.kopru.camel.routes.attempt.SendAttemptStore;
import io.kopru.camel.routes.infra.Artemis;
import io.kopru.camel.routes.infra.JmsQueues;
import io.kopru.camel.routes.infra.Postgres;
import io.kopru.camel.routes.outbox.ReportOutbox;
import io.kopru.camel.routes.poll.DeliveryTracker;
import io.kopru.camel.routes.store.KopruSchema;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziOrder;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The routes as a node of a cluster runs them: the entry a transacted JMS queue on an Artemis broker, the store
 * PostgreSQL. A second submission and a redelivery after a crash are never sent again; bad input goes to the
 * dead-letter queue at once; with PostgreSQL down nothing leaves, and the broker redelivers once it is back; with the
 * broker down no report is lost.
 */
class BusAndDatabaseRouteTest extends RoutesTestSupport {

    private static final AtomicInteger QUEUES = new AtomicInteger();
    private static Postgres postgres;
    private static Artemis broker;
    private HikariDataSource dataSource;
    private ActiveMQConnectionFactory jms;
    private String entry;
    private String reportsQueue;
    private String deadLetterQueue;

    @BeforeAll
    static void startInfrastructure() {
        postgres = Postgres.start();
        broker = Artemis.start();
    }

    @AfterAll
    static void stopInfrastructure() {
        broker.close();
        postgres.close();
    }

    @Override
    protected void configure(Properties p) {
        int n = QUEUES.incrementAndGet();
        entry = "sms-" + n;
        reportsQueue = "reports-" + n;
        deadLetterQueue = "DLQ.sms-" + n;
        p.setProperty("kopru.store", "postgresql");
        p.setProperty("kopru.node.name", "node-a");
        p.setProperty("kopru.poll.interval-seconds", "1");
        p.setProperty("kopru.store.claim-lease-seconds", "10");
        p.setProperty("kopru.sms.entry", "jms:queue:" + entry + "?transacted=true");
        p.setProperty("kopru.sms.dead-letter", "jms:queue:" + deadLetterQueue);
        p.setProperty("kopru.reports.endpoint", "jms:queue:" + reportsQueue + "?jmsMessageType=Text");
        p.setProperty("camel.component.jms.connection-factory", "#artemis");
        p.setProperty("camel.component.jms.header-filter-strategy", "#kopruJmsHeaderFilterStrategy");
        p.setProperty("camel.component.iletimerkezi.response-timeout", "3000");
    }

    @Override
    protected void bind(Main main) {
        dataSource = postgres.dataSource(8);
        KopruSchema.migrate(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE kopru_pending_delivery, kopru_report_outbox, kopru_send_attempt");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        jms = broker.connectionFactory();
        main.bind("kopruDataSource", dataSource);
        main.bind("artemis", jms);
    }

    @Override
    protected void afterStop() {
        jms.close();
        dataSource.close();
    }

    private void enqueue(String text, String to, String key) {
        JmsQueues.send(jms, entry, text, key == null ? Map.of(SmsHeaders.TO, to)
                : Map.of(SmsHeaders.TO, to, SmsHeaders.IDEMPOTENCY_KEY, key));
    }

    private long ordersWithText(String text) {
        return primary.acceptedOrders().stream().filter(o -> o.parts.get(0).text.equals(text)).count();
    }

    private SendAttemptStore attempts() {
        return context.getRegistry().lookupByNameAndType("sendAttemptStore", SendAttemptStore.class);
    }

    /** (report id, report text) of every report published so far. */
    private List<String[]> publishedReports() {
        return JmsQueues.drain(jms, reportsQueue, 500,
                m -> new String[] {JmsQueues.property(m, ReportOutbox.REPORT_ID), JmsQueues.text(m)});
    }

    @Test
    void aMessageFromTheQueueIsSentOnceAndItsReportsCarryTheirIds() {
        enqueue("bus 1", "5321234567", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> ordersWithText("bus 1") == 1);
        String orderId = primary.acceptedOrders().get(0).id;
        primary.deliverAll();
        String expected = "iletimerkezi:" + orderId + ":+905321234567:DELIVERED";
        List<String[]> seen = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            seen.addAll(publishedReports());
            return seen.stream().anyMatch(r -> expected.equals(r[0]));
        });
        assertThat(seen).allSatisfy(r -> assertThat(r[1]).contains(orderId).contains(r[0].substring(r[0].lastIndexOf(':') + 1)));
        assertThat(ordersWithText("bus 1")).isEqualTo(1);
    }

    @Test
    void aSecondSubmissionWithTheSameKeyIsReportedAsAlreadySentNotSentAgain() {
        enqueue("twice", "5321234567", "order-4711");
        await().atMost(Duration.ofSeconds(20)).until(() -> ordersWithText("twice") == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts().find("order-4711").getState()
                == SendAttempt.State.ACCEPTED);
        enqueue("twice", "5321234567", "order-4711");
        await().atMost(Duration.ofSeconds(20)).until(() -> JmsQueues.depth(jms, entry) == 0);
        assertThat(ordersWithText("twice")).as("accepted once").isEqualTo(1);
        assertThat(secondary.acceptedMessages()).isEmpty();
        assertThat(attempts().find("order-4711").getMessageIds()).containsExactly(primary.acceptedOrders().get(0).id);
    }

    @Test
    void aRedeliveryAfterANodeDiedMidSendIsReconciledNeverResent() {
        // a node recorded its attempt, the provider accepted the order, and the node died before it knew
        SmsMessage message = SmsMessage.of("died mid-send", "5321234567");
        attempts().begin("order-4712", "iletimerkezi", DeliveryTracker.hash(List.of(message.toBuilder().build())));
        template.sendBodyAndHeader("iletimerkezi:send-sms", "died mid-send", SmsHeaders.TO, "5321234567");
        assertThat(ordersWithText("died mid-send")).isEqualTo(1);
        String orderId = primary.acceptedOrders().get(0).id;

        // the broker redelivers the message to a node: it finds the attempt, parks, and the poll finds the order
        enqueue("died mid-send", "5321234567", "order-4712");
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts().find("order-4712").getState()
                == SendAttempt.State.ACCEPTED);
        assertThat(attempts().find("order-4712").getMessageIds()).containsExactly(orderId);
        assertThat(ordersWithText("died mid-send")).as("never sent again").isEqualTo(1);
        assertThat(secondary.acceptedMessages()).isEmpty();
    }

    @Test
    void badInputGoesToTheDeadLetterQueueAtOnceWithItsTypedError() throws Exception {
        enqueue("no such number", "12", null);
        List<String[]> dead = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dead.addAll(JmsQueues.drain(jms, deadLetterQueue, 200, m -> new String[] {
                    JmsQueues.property(m, DeliveryTracker.ERROR), JmsQueues.text(m),
                    JmsQueues.property(m, DeliveryTracker.ERROR_MESSAGE)}));
            return !dead.isEmpty();
        });
        Thread.sleep(3000); // a redelivery loop would dead-letter it again and again
        dead.addAll(JmsQueues.drain(jms, deadLetterQueue, 200, m -> new String[] {
                JmsQueues.property(m, DeliveryTracker.ERROR), JmsQueues.text(m), null}));
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d[0]).isEqualTo("ProviderValidationException");
            assertThat(d[1]).isEqualTo("no such number");
            assertThat(d[2]).contains("12");
        });
        assertThat(JmsQueues.depth(jms, entry)).isZero();
        assertThat(primaryServer.requestCount("/v1/send-sms")).as("nothing left for the primary").isZero();
        assertThat(secondary.acceptedMessages()).isEmpty();
    }

    @Test
    void withPostgresDownNothingLeavesAndTheBrokerRedeliversOnceItIsBack() throws Exception {
        postgres.stop();
        try {
            enqueue("database down", "5321234567", "order-4713");
            Thread.sleep(5000);
            assertThat(primaryServer.requestCount("/v1/send-sms")).as("no send without its attempt record").isZero();
            assertThat(secondary.acceptedMessages()).isEmpty();
        } finally {
            postgres.restart();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ordersWithText("database down") == 1);
        Thread.sleep(2000);
        assertThat(ordersWithText("database down")).isEqualTo(1);
        assertThat(secondary.acceptedMessages()).isEmpty();
        assertThat(attempts().find("order-4713").getState()).isEqualTo(SendAttempt.State.ACCEPTED);
    }

    @Test
    void withTheBrokerDownNoStatusChangeIsLost() throws Exception {
        primary.setDeliveryDelay(Duration.ofHours(1));
        enqueue("broker down 1", "5321234567", null);
        enqueue("broker down 2", "5331234567", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> primary.acceptedOrders().size() == 2);
        List<String> ids = primary.acceptedOrders().stream().map(o -> o.id).toList();
        broker.stop();
        try {
            primary.deliverAll();
            // the polls record the changes; publishing them fails, so they stay in the outbox
            ReportOutbox outbox = context.getRegistry().lookupByNameAndType("reportOutbox", ReportOutbox.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> store().size() == 0 && outbox.unpublished() >= 2);
        } finally {
            broker.restart();
        }
        List<String> published = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            publishedReports().forEach(r -> published.add(r[0]));
            return ids.stream().allMatch(id -> published.stream().anyMatch(r -> r.startsWith("iletimerkezi:" + id + ":")
                    && r.endsWith(":DELIVERED")));
        });
        assertThat(primary.acceptedOrders()).extracting((IletimerkeziOrder o) -> o.id).hasSize(2);
    }
}
