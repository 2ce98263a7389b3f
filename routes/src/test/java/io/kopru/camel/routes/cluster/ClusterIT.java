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
package io.kopru.camel.routes.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.kopru.camel.routes.infra.Artemis;
import io.kopru.camel.routes.infra.JmsQueues;
import io.kopru.camel.routes.infra.Postgres;
import io.kopru.camel.routes.outbox.ReportOutbox;
import io.kopru.camel.routes.store.KopruSchema;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziOrder;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three node processes ({@link ClusterNode}, each a {@code java -Xmx256m} of its own) over one PostgreSQL, one Artemis
 * broker and the provider sandboxes (iletiMerkezi limited to 50 requests per second, Brokerage tokens living 2
 * seconds). 1000 messages are enqueued; a random node is killed ({@code kill -9}) at random moments, at least three
 * times, and started again. Then the sandboxes' own records are checked, and the figures printed.
 */
class ClusterIT {

    private static final int NODES = 3;
    private static final int MESSAGES = Integer.getInteger("kopru.cluster.messages", 1000);
    private static final int KILLS = Integer.getInteger("kopru.cluster.kills", 3);
    private static final int RATE_LIMIT = 50;
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(2);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(4);
    private static final Pattern JOURNAL = Pattern.compile("poll (\\S+) node=(\\S+) at=(\\d+)");
    private static final Pattern HEAP = Pattern.compile("heap-peak-mb (\\d+)");

    private static Postgres postgres;
    private static Artemis broker;
    private static ProviderSandbox sandbox;
    private static IletimerkeziSimulator iletimerkezi;
    private static RecordingSimulator iletimerkeziRecords;
    private static MobildevSimulator mobildev;
    private static BrokerageSimulator brokerage;
    private static Path work;

    private final Map<Integer, Process> nodes = new TreeMap<>();
    private final List<Path> logs = new ArrayList<>();
    private final Random random = new Random(Long.getLong("kopru.cluster.seed", System.nanoTime()));
    private int generation;

    @BeforeAll
    static void startInfrastructure() throws IOException {
        work = Files.createDirectories(Path.of("target", "cluster-it"));
        postgres = Postgres.start();
        broker = Artemis.start();
        iletimerkezi = new IletimerkeziSimulator();
        iletimerkeziRecords = new RecordingSimulator(iletimerkezi);
        mobildev = new MobildevSimulator();
        brokerage = new BrokerageSimulator();
        sandbox = ProviderSandbox.of(iletimerkeziRecords, mobildev, brokerage).start();
        iletimerkezi.setRateLimit(RATE_LIMIT, Duration.ofSeconds(1));
        iletimerkezi.setDeliveryDelay(Duration.ofSeconds(1));
        brokerage.setAccessTokenLifetime(TOKEN_LIFETIME);
        try (HikariDataSource ds = postgres.dataSource(4)) {
            KopruSchema.migrate(ds);
        }
    }

    @AfterAll
    static void stopInfrastructure() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theClusterLosesNothingSendsNothingTwiceAndKeepsTheProvidersLimits() throws Exception {
        long started = System.currentTimeMillis();
        TokenRenewals renewals = TokenRenewals.watch(brokerage, TOKEN_LIFETIME.dividedBy(4));
        for (int i = 1; i <= NODES; i++) {
            start(i);
        }
        ActiveMQConnectionFactory jms = broker.connectionFactory();
        enqueue(jms);
        long enqueued = System.currentTimeMillis();
        log(MESSAGES + " messages enqueued in " + (enqueued - started) + " ms");

        // kills at random moments while the queue drains and the deliveries are polled, once the cluster sends
        long firstSendDeadline = System.currentTimeMillis() + 90_000;
        while (iletimerkezi.acceptedOrders().size() + mobildev.acceptedMessages().size() < 20
               && System.currentTimeMillis() < firstSendDeadline) {
            Thread.sleep(200);
        }
        log("the cluster sends from +" + (System.currentTimeMillis() - started) + " ms");
        int killed = 0;
        for (int k = 0; k < KILLS; k++) {
            Thread.sleep(3000 + random.nextInt(7000));
            int victim = 1 + random.nextInt(NODES);
            long killing = System.currentTimeMillis();
            nodes.get(victim).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            renewals.nodeDied(killing, System.currentTimeMillis());
            killed++;
            log("killed node " + victim + " (kill -9) at +" + (System.currentTimeMillis() - started) + " ms; sandbox has "
                + (iletimerkezi.acceptedOrders().size() + mobildev.acceptedMessages().size()) + " accepted");
            start(victim);
        }

        HikariDataSource db = postgres.dataSource(2);
        boolean settled = false;
        long deadline = started + RUN_LIMIT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (queueDrained(jms) && count(db, "SELECT count(*) FROM kopru_pending_delivery") == 0
                && count(db, "SELECT count(*) FROM kopru_report_outbox WHERE published_at IS NULL") == 0
                && count(db, "SELECT count(*) FROM kopru_send_attempt WHERE state IN ('ACCEPTED', 'NOT_SENT')") >= MESSAGES) {
                settled = true;
                break;
            }
            Thread.sleep(1000);
        }
        long ended = System.currentTimeMillis();
        long parked = count(db, "SELECT count(*) FROM kopru_send_attempt WHERE state = 'PARKED'");
        Map<String, String> attemptStates = attemptStates(db);
        db.close();
        // before the nodes stop: a node stopped mid-renewal would cut that renewal as a kill does
        renewals.stop();
        nodes.values().forEach(Process::destroy);
        for (Process p : nodes.values()) {
            p.waitFor(20, TimeUnit.SECONDS);
        }
        log("settled: " + settled + " after " + (ended - started) + " ms");

        // --- the checks, against the sandboxes' own records
        Map<String, Integer> acceptances = new HashMap<>();
        for (IletimerkeziOrder order : iletimerkezi.acceptedOrders()) {
            acceptances.merge(order.parts.get(0).text, 1, Integer::sum);
        }
        for (MobildevMessage message : mobildev.acceptedMessages()) {
            acceptances.merge(message.recipients.get(0).text, 1, Integer::sum);
        }
        int lost = 0;
        int sentTwice = 0;
        int notSent = 0;
        for (int i = 1; i <= MESSAGES; i++) {
            int times = acceptances.getOrDefault(text(i), 0);
            if (times > 1) {
                sentTwice++;
            } else if (times == 0) {
                if ("NOT_SENT".equals(attemptStates.get(key(i)))) {
                    notSent++;
                } else {
                    lost++;
                }
            }
        }
        List<RecordingSimulator.Request> requests = iletimerkeziRecords.requests();
        long tooMany = requests.stream().filter(r -> r.status == 429).count();
        double utilisation = bestUtilisation(requests, Duration.ofSeconds(20));
        double fetchesPerExpiry = renewals.fetchesPerRenewal();
        List<String> cutRenewals = renewals.cutByDeath();
        log(renewals.calls() + " Brokerage token calls in " + renewals.renewals() + " renewals; of more than one call: "
            + renewals.repeated() + "; of these, cut by a kill: " + cutRenewals);
        Journal journal = readLogs();
        Reports reports = readReports(jms);
        jms.close();
        Set<String> expectedFinal = new HashSet<>();
        for (IletimerkeziOrder order : iletimerkezi.acceptedOrders()) {
            expectedFinal.add("iletimerkezi:" + order.id);
        }
        Set<String> finalReported = reports.finalFor;
        long unreported = expectedFinal.stream().filter(id -> !finalReported.contains(id)).count();

        System.out.println("figure: cluster_messages " + MESSAGES);
        System.out.println("figure: cluster_nodes_killed " + killed);
        System.out.println("figure: cluster_lost " + lost);
        System.out.println("figure: cluster_sent_twice " + sentTwice);
        System.out.println("figure: cluster_not_sent " + notSent);
        System.out.println("figure: cluster_parked_unreconciled " + parked);
        System.out.println("figure: cluster_429 " + tooMany);
        System.out.println("figure: cluster_scaling_utilisation_3_nodes " + String.format(java.util.Locale.ROOT, "%.2f", utilisation));
        System.out.println("figure: cluster_token_fetches_per_expiry " + String.format(java.util.Locale.ROOT, "%.2f", fetchesPerExpiry));
        System.out.println("figure: cluster_token_renewals_cut_by_kill " + cutRenewals.size());
        System.out.println("figure: cluster_double_polls " + journal.doublePolls);
        System.out.println("figure: cluster_reports_unpublished " + unreported);
        System.out.println("figure: cluster_report_duplicates " + reports.duplicates);
        System.out.println("figure: cluster_report_duplicates_distinct_ids " + reports.duplicatesWithOtherIds);
        System.out.println("figure: cluster_node_heap_peak_mb " + journal.heapPeakMb);
        System.out.println("figure: cluster_run_seconds " + (ended - started) / 1000);

        assertThat(settled).as("the cluster settled within " + RUN_LIMIT).isTrue();
        assertThat(killed).isGreaterThanOrEqualTo(3);
        assertThat(lost).as("lost").isZero();
        assertThat(sentTwice).as("sent twice").isZero();
        assertThat(parked).as("parked sends left unreconciled").isZero();
        assertThat(tooMany).as("HTTP 429 from iletiMerkezi").isZero();
        // the utilisation of the shared limit is a speed figure, printed above and reported by benchmarks/run.sh
        // --cluster, not asserted: on two shared cores a loaded machine lowers it without anything being wrong
        assertThat(utilisation).as("the cluster sent at all").isGreaterThan(0.0);
        // a renewal cut by a kill (the sandbox answered, the node died before storing the token) needs a second
        // fetch by the next node: the token died with the process. Every other renewal is one fetch for the cluster.
        assertThat(fetchesPerExpiry).as("Brokerage token fetches per expiry, cluster-wide, in renewals no kill cut")
                .isLessThanOrEqualTo(1.0);
        assertThat(cutRenewals.size()).as("renewals cut by a kill").isLessThanOrEqualTo(killed);
        assertThat(journal.doublePolls).as("deliveries polled by two nodes in one round").isZero();
        assertThat(unreported).as("accepted orders without a published final status").isZero();
        assertThat(reports.duplicatesWithOtherIds).as("a status change published under two ids").isZero();
        assertThat(journal.heapPeakMb).isLessThanOrEqualTo(256);
    }

    // ---- the nodes

    private void start(int index) throws IOException {
        String name = "node-" + index + "-" + (++generation);
        Path log = work.resolve(name + ".log");
        logs.add(log);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath));
        nodeProperties(name).forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(ClusterNode.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        nodes.put(index, process);
        log("started " + name + " (pid " + process.pid() + ")");
    }

    private Map<String, String> nodeProperties(String name) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.main.name", name);
        p.put("camel.main.routes-include-pattern",
                "classpath:camel/sms-send.yaml,classpath:camel/provider-status.yaml,classpath:camel/delivery-poll.xml");
        p.put("kopru.node.name", name);
        p.put("kopru.test.jdbc-url", postgres.jdbcUrl());
        p.put("kopru.test.broker-url", broker.url());
        p.put("kopru.store", "postgresql");
        p.put("kopru.poll.interval-seconds", String.valueOf(POLL_INTERVAL.toSeconds()));
        p.put("kopru.store.claim-lease-seconds", "15");
        p.put("kopru.poll.batch-size", "25");
        p.put("kopru.poll.cron", "0/1+*+*+*+*+?");
        p.put("kopru.poll.reconcile-grace-seconds", "20");
        // enough senders that the shared limit, not one request's latency on a loaded machine, sets the pace
        p.put("kopru.sms.entry", "jms:queue:sms?transacted=true&concurrentConsumers=6");
        p.put("kopru.sms.dead-letter", "jms:queue:DLQ.sms");
        p.put("kopru.reports.endpoint", "direct:cluster-reports");
        p.put("camel.component.jms.connection-factory", "#artemis");
        p.put("camel.component.jms.header-filter-strategy", "#kopruJmsHeaderFilterStrategy");
        p.put("iletimerkezi.api-key", IletimerkeziSimulator.API_KEY);
        p.put("iletimerkezi.secret-key", IletimerkeziSimulator.API_HASH);
        p.put("camel.component.iletimerkezi.base-url", sandbox.server("iletimerkezi").baseUrl());
        p.put("camel.component.iletimerkezi.response-timeout", "5000");
        p.put("mobildev.api-key", MobildevSimulator.API_KEY);
        p.put("mobildev.secret-key", MobildevSimulator.API_SECRET);
        p.put("camel.component.mobildev.base-url", sandbox.baseUrl(MobildevSimulator.class));
        p.put("kopru.test.brokerage-url", sandbox.baseUrl(BrokerageSimulator.class));
        p.put("kopru.test.brokerage-api-key", BrokerageSimulator.API_KEY);
        p.put("kopru.test.brokerage-secret-key", BrokerageSimulator.SECRET_KEY);
        p.put("kopru.test.brokerage-period", "300");
        p.putAll(ClusterLimits.nodeProperties(RATE_LIMIT));
        return p;
    }

    // ---- the messages

    private static String text(int i) {
        return "cluster message " + i;
    }

    private static String key(int i) {
        return "cluster-" + i;
    }

    private static String recipient(int i) {
        return String.format("53%08d", 20_000_000 + i);
    }

    private static void enqueue(ActiveMQConnectionFactory jms) throws Exception {
        try (Connection c = jms.createConnection(); Session s = c.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageProducer producer = s.createProducer(s.createQueue("sms"));
            for (int i = 1; i <= MESSAGES; i++) {
                TextMessage m = s.createTextMessage(text(i));
                m.setStringProperty(SmsHeaders.TO, recipient(i));
                m.setStringProperty(SmsHeaders.IDEMPOTENCY_KEY, key(i));
                producer.send(m);
                if (i % 100 == 0) {
                    s.commit();
                }
            }
            s.commit();
        }
    }

    private static boolean queueDrained(ActiveMQConnectionFactory jms) {
        return JmsQueues.depth(jms, "sms") == 0;
    }

    // ---- the records

    private static long count(HikariDataSource db, String sql) {
        try (java.sql.Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    private static Map<String, String> attemptStates(HikariDataSource db) throws Exception {
        Map<String, String> states = new HashMap<>();
        try (java.sql.Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT message_key, state FROM kopru_send_attempt")) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getString(2));
            }
        }
        return states;
    }

    /** The best share of the limit used over any window of that length, from the provider's answered requests. */
    static double bestUtilisation(List<RecordingSimulator.Request> requests, Duration window) {
        List<Long> served = requests.stream().filter(r -> r.status != 429).map(r -> r.atMillis).sorted()
                .collect(Collectors.toList());
        int best = 0;
        int from = 0;
        for (int to = 0; to < served.size(); to++) {
            while (served.get(to) - served.get(from) >= window.toMillis()) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best / (double) (RATE_LIMIT * window.toSeconds());
    }

    /** What the nodes' logs say: who polled which delivery when, and each node's heap peak. */
    static final class Journal {
        int doublePolls;
        long heapPeakMb;
    }

    private Journal readLogs() throws IOException {
        Journal journal = new Journal();
        Map<String, List<long[]>> polls = new HashMap<>();
        Map<String, Integer> nodeIds = new HashMap<>();
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher poll = JOURNAL.matcher(line);
                if (poll.find()) {
                    int node = nodeIds.computeIfAbsent(poll.group(2), n -> nodeIds.size());
                    polls.computeIfAbsent(poll.group(1), d -> new ArrayList<>())
                            .add(new long[] {Long.parseLong(poll.group(3)), node});
                }
                Matcher heap = HEAP.matcher(line);
                if (heap.find()) {
                    journal.heapPeakMb = Math.max(journal.heapPeakMb, Long.parseLong(heap.group(1)));
                }
            }
        }
        // two polls of one delivery by two nodes closer than the poll interval: the same round
        for (List<long[]> times : polls.values()) {
            times.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 1; i < times.size(); i++) {
                if (times.get(i)[1] != times.get(i - 1)[1]
                    && times.get(i)[0] - times.get(i - 1)[0] < POLL_INTERVAL.toMillis()) {
                    journal.doublePolls++;
                }
            }
        }
        log(polls.size() + " deliveries polled " + polls.values().stream().mapToInt(List::size).sum() + " times");
        return journal;
    }

    /** The published reports: which deliveries reached a final status, and duplicates. */
    static final class Reports {
        final Set<String> finalFor = new HashSet<>();
        int duplicates;
        int duplicatesWithOtherIds;
    }

    private static Reports readReports(ActiveMQConnectionFactory jms) {
        ObjectMapper json = new ObjectMapper();
        List<String[]> published = JmsQueues.drain(jms, "delivery-reports", 2000,
                m -> new String[] {JmsQueues.property(m, ReportOutbox.REPORT_ID), JmsQueues.text(m)});
        Reports reports = new Reports();
        Map<String, Set<String>> idsByChange = new HashMap<>();
        for (String[] r : published) {
            try {
                JsonNode report = json.readTree(r[1]);
                String delivery = report.path("provider").asText() + ":" + report.path("messageId").asText();
                String change = delivery + ":" + report.path("recipient").asText() + ":" + report.path("status").asText();
                Set<String> ids = idsByChange.computeIfAbsent(change, c -> new HashSet<>());
                if (!ids.isEmpty()) {
                    reports.duplicates++;
                }
                ids.add(r[0]);
                String status = report.path("status").asText();
                if (status.equals("DELIVERED") || status.equals("UNDELIVERED") || status.equals("EXPIRED")) {
                    reports.finalFor.add(delivery);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        reports.duplicatesWithOtherIds = (int) idsByChange.values().stream().filter(ids -> ids.size() > 1).count();
        log(published.size() + " reports published, " + reports.duplicates + " of them again");
        return reports;
    }

    private static void log(String line) {
        System.out.println("[ClusterIT] " + line);
    }
}
