package io.kopru.camel.benchmarks;

import io.kopru.camel.component.iletimerkezi.IletimerkeziComponent;
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziOrder;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1000 messages per fault, a quarter of them meeting it. Every message must end either accepted exactly once (the
 * sandbox counts) or failed with a typed error that says whether it may have been sent; none lost (reported sent but
 * not accepted, or reported certainly-not-sent but accepted), none duplicated. Prints the table.
 */
class FaultInjectionTest {

    private static final int MESSAGES = 1000;
    private static final int FAULTY = 250;
    private static final List<String> TABLE = new ArrayList<>();

    /** What became of one message, as the route saw it. */
    enum Outcome { SENT, NOT_SENT, MAYBE_SENT }

    @Test
    void iletimerkeziUnderEveryTransportFault() throws Exception {
        for (Fault fault : Fault.values()) {
            run("iletimerkezi", fault.name(), server -> server.inject(fault, "/v1/send-sms", FAULTY));
        }
    }

    @Test
    void iletimerkeziWhenTheApiAnswersOutOfService() throws Exception {
        // the API's own 503 body ("Sunucu geçici olarak servis dışı"), not a transport fault
        run("iletimerkezi", "API_CODE_503", server -> {
            for (int i = 0; i < FAULTY; i++) {
                ((IletimerkeziSimulator) server.simulator()).answerNextWith(503);
            }
        });
    }

    private void run(String provider, String faultName, java.util.function.Consumer<SandboxServer> inject) throws Exception {
        IletimerkeziSimulator simulator = new IletimerkeziSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start()) {
            simulator.account(IletimerkeziSimulator.API_KEY).smsCredits(1_000_000);
            SandboxServer server = sandbox.server(IletimerkeziSimulator.class);
            server.setSlowDelay(Duration.ofMillis(600));
            CamelContext camel = new DefaultCamelContext();
            IletimerkeziComponent component = new IletimerkeziComponent();
            component.getConfiguration().setApiKey(IletimerkeziSimulator.API_KEY);
            component.getConfiguration().setSecretKey(IletimerkeziSimulator.API_HASH);
            component.getConfiguration().setBaseUrl(server.baseUrl());
            component.getConfiguration().setSender("ACME");
            component.getConfiguration().setResponseTimeout(300);
            camel.addComponent("iletimerkezi", component);
            camel.start();
            try {
                inject.accept(server);
                Map<String, Outcome> outcomes = sendAll(camel.createProducerTemplate(), faultName);
                Map<String, Long> accepted = simulator.acceptedOrders().stream()
                        .map((IletimerkeziOrder o) -> o.parts.get(0).text)
                        .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
                record(provider, faultName, outcomes, accepted);
            } finally {
                camel.stop();
            }
        }
    }

    private static Map<String, Outcome> sendAll(ProducerTemplate template, String faultName) throws Exception {
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String text = faultName + " message " + i;
            futures.add(pool.submit(() -> {
                Exchange e = template.send("iletimerkezi:send-sms", x -> {
                    x.getMessage().setBody(text);
                    x.getMessage().setHeader(SmsHeaders.TO, "5321234567");
                });
                Exception failure = e.getException();
                if (failure == null) {
                    outcomes.put(text, Outcome.SENT);
                } else if (failure instanceof ProviderException) {
                    outcomes.put(text, ((ProviderException) failure).isDefinitelyNotSent()
                            ? Outcome.NOT_SENT : Outcome.MAYBE_SENT);
                } else {
                    throw new AssertionError("an untyped failure for " + text, failure);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return outcomes;
    }

    private static void record(String provider, String fault, Map<String, Outcome> outcomes, Map<String, Long> accepted) {
        int sent = 0;
        int notSent = 0;
        int maybeAccepted = 0;
        int maybeNotAccepted = 0;
        int lost = 0;
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            long count = accepted.getOrDefault(e.getKey(), 0L);
            switch (e.getValue()) {
                case SENT:
                    sent++;
                    lost += count == 1 ? 0 : 1;
                    break;
                case NOT_SENT:
                    notSent++;
                    lost += count == 0 ? 0 : 1; // claimed not sent but accepted: a failover would send it twice
                    break;
                default:
                    if (count == 0) {
                        maybeNotAccepted++;
                    } else {
                        maybeAccepted++;
                    }
            }
        }
        long duplicated = accepted.values().stream().filter(c -> c > 1).count();
        String row = String.format(Locale.ROOT, "| %-12s | %-24s | %8d | %8d | %8d | %15d | %17d | %4d | %10d |",
                provider, fault, outcomes.size(), sent, notSent, maybeAccepted, maybeNotAccepted, lost, duplicated);
        TABLE.add(row);
        assertThat(outcomes).as(fault + ": every message has an outcome").hasSize(MESSAGES);
        assertThat(lost).as(fault + ": lost or misreported").isZero();
        assertThat(duplicated).as(fault + ": duplicated").isZero();
    }

    @AfterAll
    static void printTable() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("| provider     | fault                    | messages | accepted | not sent | ambiguous, sent | ambiguous, unsent | lost | duplicated |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        lines.addAll(TABLE);
        lines.forEach(System.out::println);
        Path out = Path.of("target", "fault-injection-table.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
