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
package io.kopru.camel.benchmarks;

import io.kopru.camel.component.brokerage.BrokerageComponent;
import io.kopru.camel.component.iletimerkezi.IletimerkeziComponent;
import io.kopru.camel.component.mobildev.MobildevComponent;
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** A provider under test: its simulator, component, send endpoint and the texts its simulator accepted. */
    private static final class Target {
        final String name;
        final ProviderSimulator simulator;
        final Function<String, Component> component;
        final String sendPath;
        final String uri;
        final Function<ProviderSimulator, List<String>> acceptedTexts;
        final boolean bodyIsJson;

        Target(String name, ProviderSimulator simulator, Function<String, Component> component, String sendPath,
               String uri, Function<ProviderSimulator, List<String>> acceptedTexts, boolean bodyIsJson) {
            this.name = name;
            this.simulator = simulator;
            this.component = component;
            this.sendPath = sendPath;
            this.uri = uri;
            this.acceptedTexts = acceptedTexts;
            this.bodyIsJson = bodyIsJson;
        }
    }

    private static Target iletimerkezi() {
        IletimerkeziSimulator simulator = new IletimerkeziSimulator();
        simulator.account(IletimerkeziSimulator.API_KEY).smsCredits(1_000_000);
        return new Target("iletimerkezi", simulator, base -> {
            IletimerkeziComponent c = new IletimerkeziComponent();
            c.getConfiguration().setApiKey(IletimerkeziSimulator.API_KEY);
            c.getConfiguration().setSecretKey(IletimerkeziSimulator.API_HASH);
            c.getConfiguration().setBaseUrl(base);
            c.getConfiguration().setSender("ACME");
            c.getConfiguration().setResponseTimeout(300);
            return c;
        }, "/v1/send-sms", "iletimerkezi:send-sms",
                s -> ((IletimerkeziSimulator) s).acceptedOrders().stream().map(o -> o.parts.get(0).text)
                        .collect(Collectors.toList()), false);
    }

    private static Target mobildev(Clock clock) {
        MobildevSimulator simulator = new MobildevSimulator();
        simulator.apiKey(MobildevSimulator.API_KEY).credits(1_000_000);
        simulator.setTransactionalRateLimit(1_000_000, Duration.ofMinutes(1));
        return new Target("mobildev", simulator, base -> {
            MobildevComponent c = new MobildevComponent() {
                @Override
                public Clock clock() {
                    return clock;
                }
            };
            c.getConfiguration().setApiKey(MobildevSimulator.API_KEY);
            c.getConfiguration().setSecretKey(MobildevSimulator.API_SECRET);
            c.getConfiguration().setBaseUrl(base);
            c.getConfiguration().setResponseTimeout(300);
            return c;
        }, "/v1/transactional/send", "mobildev:send",
                s -> ((MobildevSimulator) s).acceptedMessages().stream().map(m -> m.recipients.get(0).text)
                        .collect(Collectors.toList()), false);
    }

    private static Target brokerage() {
        BrokerageSimulator simulator = new BrokerageSimulator();
        return new Target("brokerage", simulator, base -> {
            BrokerageComponent c = new BrokerageComponent();
            c.getConfiguration().setApiKey(BrokerageSimulator.API_KEY);
            c.getConfiguration().setSecretKey(BrokerageSimulator.SECRET_KEY);
            c.getConfiguration().setBaseUrl(base);
            c.getConfiguration().setResponseTimeout(300);
            return c;
        }, BrokerageSimulator.PREFIX + "/orders", "brokerage:call?path=/orders&httpMethod=POST",
                s -> ((BrokerageSimulator) s).collection("orders").stream().map(o -> o.path("note").asText())
                        .collect(Collectors.toList()), true);
    }

    @Test
    void iletimerkeziUnderEveryTransportFault() throws Exception {
        for (Fault fault : Fault.values()) {
            run(iletimerkezi(), fault.name(), server -> server.inject(fault, "/v1/send-sms", FAULTY));
        }
    }

    @Test
    void iletimerkeziWhenTheApiAnswersOutOfService() throws Exception {
        // the API's own 503 body ("Sunucu geçici olarak servis dışı"), not a transport fault
        run(iletimerkezi(), "API_CODE_503", server -> {
            for (int i = 0; i < FAULTY; i++) {
                ((IletimerkeziSimulator) server.simulator()).answerNextWith(503);
            }
        });
    }

    @Test
    void mobildevUnderEveryTransportFault() throws Exception {
        for (Fault fault : Fault.values()) {
            run(mobildev(Clock.systemUTC()), fault.name(), server -> server.inject(fault, "/v1/transactional/send",
                    FAULTY));
        }
    }

    @Test
    void mobildevWithAClockTenMinutesOff() throws Exception {
        // the signed timestamps are 10 minutes old: refused, corrected from the Date header, signed again once
        run(mobildev(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10))), "CLOCK_10_MINUTES_OFF", server -> { });
    }

    @Test
    void brokerageWithTheTokenEndpointDown() throws Exception {
        // every authentication fails for a while: calls fail, certainly not made, until a token can be had
        run(brokerage(), "TOKEN_ENDPOINT_DOWN", server -> server.inject(Fault.STATUS_503,
                BrokerageSimulator.PREFIX + "/auth", FAULTY));
    }

    @Test
    void brokerageUnderEveryTransportFault() throws Exception {
        for (Fault fault : Fault.values()) {
            run(brokerage(), fault.name(), server -> server.inject(fault, BrokerageSimulator.PREFIX + "/orders", FAULTY));
        }
    }

    private void run(Target target, String faultName, Consumer<SandboxServer> inject) throws Exception {
        try (ProviderSandbox sandbox = ProviderSandbox.of(target.simulator).start()) {
            SandboxServer server = sandbox.servers().get(0);
            server.setSlowDelay(Duration.ofMillis(600));
            // a dripping answer (one byte every 2 ms) outlasts no socket timeout and finishes within the deadline:
            // 250 of them at the default 250 ms a byte would only make the run long (the cut is BoundedAnswersTest's)
            server.setDripInterval(Duration.ofMillis(2));
            CamelContext camel = new DefaultCamelContext();
            camel.addComponent(target.name, target.component.apply(server.baseUrl()));
            camel.start();
            try {
                inject.accept(server);
                Map<String, Outcome> outcomes = sendAll(camel.createProducerTemplate(), target, faultName);
                Map<String, Long> accepted = target.acceptedTexts.apply(target.simulator).stream()
                        .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
                record(target.name, faultName, outcomes, accepted);
            } finally {
                camel.stop();
            }
        }
    }

    private static Map<String, Outcome> sendAll(ProducerTemplate template, Target target, String faultName)
            throws Exception {
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String text = faultName + " message " + i;
            futures.add(pool.submit(() -> {
                Exchange e = template.send(target.uri, x -> {
                    if (target.bodyIsJson) {
                        x.getMessage().setBody("{\"symbol\":\"AKBNK\",\"qty\":1,\"note\":\"" + text + "\"}");
                    } else {
                        x.getMessage().setBody(text);
                        x.getMessage().setHeader(SmsHeaders.TO, "5321234567");
                    }
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
        TABLE.add(String.format(Locale.ROOT, "| %-12s | %-24s | %8d | %8d | %8d | %15d | %17d | %4d | %10d |",
                provider, fault, outcomes.size(), sent, notSent, maybeAccepted, maybeNotAccepted, lost, duplicated));
        assertThat(outcomes).as(provider + " " + fault + ": every message has an outcome").hasSize(MESSAGES);
        assertThat(lost).as(provider + " " + fault + ": lost or misreported").isZero();
        assertThat(duplicated).as(provider + " " + fault + ": duplicated").isZero();
    }

    @AfterAll
    static void printTable() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("| provider     | fault                    | messages | accepted | not sent | ambiguous, sent |"
                  + " ambiguous, unsent | lost | duplicated |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        lines.addAll(TABLE);
        lines.forEach(System.out::println);
        Path out = Path.of("target", "fault-injection-table.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
