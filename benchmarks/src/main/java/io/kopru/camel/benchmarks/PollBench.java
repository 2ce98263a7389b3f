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

import io.kopru.camel.component.iletimerkezi.IletimerkeziComponent;
import io.kopru.camel.routes.KopruBeans;
import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.routes.poll.DeliveryStatusPoller;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.support.DefaultExchange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * One round of the routes library's delivery poller ({@code DeliveryStatusPoller}, the route files
 * {@code provider-status.yaml} and {@code delivery-poll.xml}, the memory store) over 10,000 pending deliveries of
 * one API, against the sandbox on loopback in this JVM: the provider calls the sandbox counted, divided by the fewest
 * the API allows, and the round's wall time.
 */
final class PollBench {

    static final int PENDING = 10_000;
    /** iletiMerkezi's share: orders of one number, and a few large orders that take several get-report pages. */
    static final int LARGE_ORDERS = 10;
    static final int LARGE_ORDER_NUMBERS = 2500;

    /** What one round did. */
    static final class Round {
        final String api;
        final int calls;
        final int minimum;
        final long millis;
        final int left;

        Round(String api, int calls, int minimum, long millis, int left) {
            this.api = api;
            this.calls = calls;
            this.minimum = minimum;
            this.millis = millis;
            this.left = left;
        }
    }

    private final IletimerkeziSimulator iletimerkezi = new IletimerkeziSimulator();
    private final MobildevSimulator mobildev = new MobildevSimulator();
    private final String mobildevApi;
    private ProviderSandbox sandbox;
    private Main main;
    private CamelContext context;
    private ProducerTemplate template;

    private PollBench(String mobildevApi) {
        this.mobildevApi = mobildevApi;
    }

    private void start() throws Exception {
        sandbox = ProviderSandbox.of(iletimerkezi, mobildev).start();
        iletimerkezi.addAccount(IletimerkeziBench.KEY, IletimerkeziBench.HASH).smsCredits(Long.MAX_VALUE / 4);
        mobildev.setTransactionalRateLimit(1_000_000, Duration.ofMinutes(1));
        Properties p = new Properties();
        p.setProperty("camel.main.routes-include-pattern",
                "classpath:camel/provider-status.yaml,classpath:camel/delivery-poll.xml");
        // application.properties sets the iletimerkezi component's credentials from these
        p.setProperty("iletimerkezi.api-key", IletimerkeziBench.KEY);
        p.setProperty("iletimerkezi.secret-key", IletimerkeziBench.HASH);
        p.setProperty("mobildev.api-key", MobildevSimulator.API_KEY);
        p.setProperty("mobildev.secret-key", MobildevSimulator.API_SECRET);
        p.setProperty("camel.component.mobildev.base-url", sandbox.baseUrl(MobildevSimulator.class));
        p.setProperty("camel.component.mobildev.api", mobildevApi);
        p.setProperty("kopru.poll.cron", "0+0+0+1+1+?+2099"); // the benchmark runs the round itself
        p.setProperty("kopru.poll.batch-size", String.valueOf(PENDING * 2));
        p.setProperty("kopru.store", "memory");
        main = new Main();
        main.setOverrideProperties(p);
        IletimerkeziComponent component = new IletimerkeziComponent();
        component.getConfiguration().setApiKey(IletimerkeziBench.KEY);
        component.getConfiguration().setSecretKey(IletimerkeziBench.HASH);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl(IletimerkeziSimulator.class));
        component.getConfiguration().setSender("ACME");
        main.bind("iletimerkezi", component);
        main.configure().addConfiguration(new KopruBeans());
        main.start();
        context = main.getCamelContext();
        template = context.createProducerTemplate();
    }

    private void stop() {
        if (main != null) {
            main.stop();
        }
        sandbox.close();
    }

    private PendingDeliveryStore store() {
        return context.getRegistry().lookupByNameAndType("pendingDeliveryStore", PendingDeliveryStore.class);
    }

    private DeliveryStatusPoller poller() {
        return context.getRegistry().lookupByNameAndType("deliveryStatusPoller", DeliveryStatusPoller.class);
    }

    private List<String> send(int count, IntFunction<String[]> message) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String[] m = message.apply(i);
                ids.add(pool.submit(() -> {
                    Exchange e = template.send(m[0], x -> {
                        x.getMessage().setBody(m[1]);
                        x.getMessage().setHeader(SmsHeaders.TO, m[2]);
                    });
                    if (e.getException() != null) {
                        throw e.getException();
                    }
                    return e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
                }));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> id : ids) {
                result.add(id.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "532%07d", n);
    }

    private Round round(String api, String provider, List<String> ids, SandboxServer server, int minimum,
                        Runnable deliver) {
        Instant now = Instant.now();
        ids.forEach(id -> store().put(PendingDelivery.tracked(provider, id, now)));
        deliver.run();
        int before = server.requestCount();
        long start = System.nanoTime();
        int polled = poller().poll(new DefaultExchange(context));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (polled != ids.size()) {
            throw new IllegalStateException(api + ": polled " + polled + " of " + ids.size());
        }
        return new Round(api, server.requestCount() - before, minimum, millis, store().size());
    }

    private Round iletimerkeziRound() throws Exception {
        int singles = PENDING - LARGE_ORDERS;
        List<String> ids = new ArrayList<>(send(singles,
                i -> new String[] {"iletimerkezi:send-sms", "poll bench " + i, number(i)}));
        ids.addAll(send(LARGE_ORDERS, o -> {
            StringBuilder to = new StringBuilder();
            for (int r = 0; r < LARGE_ORDER_NUMBERS; r++) {
                to.append(r == 0 ? "" : ",").append(number(1_000_000 + 10_000 * o + r));
            }
            return new String[] {"iletimerkezi:send-sms", "poll bench large " + o, to.toString()};
        }));
        int minimum = singles + LARGE_ORDERS * ((LARGE_ORDER_NUMBERS + 999) / 1000);
        return round("iletimerkezi", "iletimerkezi", ids, sandbox.server(IletimerkeziSimulator.class), minimum,
                iletimerkezi::deliverAll);
    }

    private Round mobildevRound() throws Exception {
        List<String> ids = send(PENDING, i -> new String[] {"mobildev:send", "poll bench " + i, number(i)});
        boolean classic = "classic".equals(mobildevApi);
        int minimum = classic ? (PENDING + 24) / 25 : PENDING;
        return round("mobildev_" + mobildevApi, "mobildev", ids, sandbox.server(MobildevSimulator.class), minimum,
                mobildev::deliverAll);
    }

    /** This measurement alone (to profile it): {@code java -cp benchmarks.jar io.kopru.camel.benchmarks.PollBench [--quick]}. */
    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && "--quick".equals(args[0]);
        Figures figures = new Figures();
        run(figures); // the same 10,000 quick or not
    }

    /** Measures and adds the poll_* figures. */
    static void run(Figures figures) throws Exception {
        List<Round> rounds = new ArrayList<>();
        PollBench withIntegrator = new PollBench("integrator");
        try {
            withIntegrator.start();
            rounds.add(withIntegrator.iletimerkeziRound());
            rounds.add(withIntegrator.mobildevRound());
        } finally {
            withIntegrator.stop();
        }
        PollBench withClassic = new PollBench("classic");
        try {
            withClassic.start();
            rounds.add(withClassic.mobildevRound());
        } finally {
            withClassic.stop();
        }
        figures.note("one poll round over " + PENDING + " pending deliveries per API (iletiMerkezi: " + LARGE_ORDERS
                     + " orders of " + LARGE_ORDER_NUMBERS + " numbers, the rest of one), the routes' poller, memory"
                     + " store, sandbox in this JVM; fewest calls: iletiMerkezi one get-report per order page of"
                     + " 1000 rows, Mobildev classic one Action 3 query per 25 ids, integrator one call per id");
        double worstRatio = 0;
        long slowest = 0;
        for (Round r : rounds) {
            figures.note(r.api + ": " + r.calls + " calls, fewest " + r.minimum + ", " + r.millis + " ms, "
                         + r.left + " deliveries not final after the round");
            figures.add("poll_calls_ratio_10k_" + r.api, (double) r.calls / r.minimum);
            figures.add("poll_round_ms_10k_" + r.api, r.millis);
            worstRatio = Math.max(worstRatio, (double) r.calls / r.minimum);
            slowest = Math.max(slowest, r.millis);
        }
        figures.note("the worst API's ratio, and the slowest API's round");
        figures.add("poll_calls_ratio_10k", worstRatio);
        figures.add("poll_round_ms_10k", slowest);
    }
}
