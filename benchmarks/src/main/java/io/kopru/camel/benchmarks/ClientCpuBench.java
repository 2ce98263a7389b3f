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

import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Client CPU per message of three clients sending the same iletiMerkezi orders to a sandbox in another process:
 * {@code iletimerkezi:send-sms}; raw Apache HttpClient 5 (the version camel-http brings, pooled, one client for the
 * run) posting JSON built before the round starts (the transport's limit); camel-http with a hand-written processor
 * building the JSON (what users write today). The clients take turns in rounds (A B C A B C ...); each round's CPU is
 * the senders' own thread CPU time per message (each client works on its caller's thread) and, beside it, the client
 * JVM's process CPU time (GC and JIT included, shared by the three clients); a client's cost is the median of its
 * rounds, a ratio the median of the ratios of the rounds of one cycle (rounds seconds apart, under the same load).
 */
final class ClientCpuBench implements AutoCloseable {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** A warm-up round of every client in which the JIT compiled for less than this counts as warm. */
    private static final long JIT_IDLE_MS = 50;
    private static final int MAX_EXTRA_WARMUP_ROUNDS = 20;

    /** One of the clients measured. */
    interface Client {
        /** Before a round, outside the measurement: what the client may build in advance. */
        default void prepare(int first, int count) throws Exception {
        }

        void send(int i) throws Exception;
    }

    /** Median CPU per message of one client, in microseconds. */
    static final class Cost {
        final double processMicros;
        final double threadMicros;
        /** Each measured round's thread and process CPU per message, in order: the rounds of one cycle line up. */
        final List<Double> threadRounds;
        final List<Double> processRounds;

        Cost(List<Double> processRounds, List<Double> threadRounds) {
            this.processMicros = median(processRounds);
            this.threadMicros = median(threadRounds);
            this.processRounds = processRounds;
            this.threadRounds = threadRounds;
        }

        /**
         * The median, over the cycles (A B C), of this client's cost divided by the other's in the same cycle: the
         * rounds compared ran seconds apart, under the same load.
         */
        double threadRatio(Cost other) {
            return medianRatio(threadRounds, other.threadRounds);
        }

        double processRatio(Cost other) {
            return medianRatio(processRounds, other.processRounds);
        }

        private static double medianRatio(List<Double> mine, List<Double> theirs) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                ratios.add(mine.get(i) / theirs.get(i));
            }
            return median(ratios);
        }
    }

    private final SandboxProcess.Started sandbox;
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final CloseableHttpClient raw;
    private final String sendUrl;

    ClientCpuBench() throws Exception {
        sandbox = SandboxProcess.start();
        String base = sandbox.baseUrl();
        sendUrl = base + "/v1/send-sms/json";
        camel = IletimerkeziClients.camel(base);
        template = camel.createProducerTemplate();
        raw = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(50).setMaxConnPerRoute(50).build())
                .disableAutomaticRetries().disableRedirectHandling()
                .build();
    }

    Client component() {
        Endpoint endpoint = camel.getEndpoint("iletimerkezi:send-sms"); // resolved once, as a route's to() is
        return i -> {
            Exchange e = template.send(endpoint, x -> {
                x.getMessage().setBody("cpu component " + i);
                x.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            });
            if (e.getException() != null) {
                throw e.getException();
            }
        };
    }

    Client rawHttpClient5() {
        return new Client() {
            private byte[][] bodies = new byte[0][];
            private int first;

            @Override
            public void prepare(int first, int count) throws Exception {
                this.first = first;
                bodies = new byte[count][];
                for (int k = 0; k < count; k++) {
                    bodies[k] = IletimerkeziClients.requestBody("cpu raw " + (first + k));
                }
            }

            @Override
            public void send(int i) throws Exception {
                HttpPost post = new HttpPost(sendUrl);
                post.setEntity(new ByteArrayEntity(bodies[i - first], ContentType.APPLICATION_JSON));
                int status = raw.execute(post, response -> {
                    EntityUtils.toByteArray(response.getEntity());
                    return response.getCode();
                });
                if (status != 200) {
                    throw new IllegalStateException("HTTP " + status);
                }
            }
        };
    }

    Client camelHttp() {
        Endpoint endpoint = camel.getEndpoint("direct:camel-http");
        return i -> {
            Exchange e = template.send(endpoint, x -> x.getMessage().setBody("cpu camel-http " + i));
            if (e.getException() != null) {
                throw e.getException();
            }
        };
    }

    /**
     * The median cost of each client, in the order given, after {@code warmup} unmeasured rounds each and then more,
     * one of every client at a time, until the JIT compiler compiles next to nothing in one.
     */
    Cost[] compare(int concurrency, int perRound, int warmup, int rounds, Client... clients) throws Exception {
        List<List<Double>> process = new ArrayList<>();
        List<List<Double>> thread = new ArrayList<>();
        for (int c = 0; c < clients.length; c++) {
            process.add(new ArrayList<>());
            thread.add(new ArrayList<>());
        }
        int sequence = 0;
        // warm-up: the rounds asked for, then more until the JIT compiler is done with every client (a running node)
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        for (int extra = 0; extra <= MAX_EXTRA_WARMUP_ROUNDS; extra++) {
            long compiledBefore = timed ? jit.getTotalCompilationTime() : 0;
            for (int r = 0; r < (extra == 0 ? warmup : 1); r++) {
                for (Client client : clients) {
                    client.prepare(sequence, perRound);
                    round(client, concurrency, sequence, perRound);
                    sequence += perRound;
                }
            }
            if (!timed || jit.getTotalCompilationTime() - compiledBefore < JIT_IDLE_MS) {
                break;
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < clients.length; c++) {
                clients[c].prepare(sequence, perRound);
                double[] cost = round(clients[c], concurrency, sequence, perRound);
                sequence += perRound;
                process.get(c).add(cost[0]);
                thread.get(c).add(cost[1]);
            }
        }
        Cost[] costs = new Cost[clients.length];
        for (int c = 0; c < clients.length; c++) {
            costs[c] = new Cost(process.get(c), thread.get(c));
        }
        return costs;
    }

    /** @return process and sender-thread CPU per message of one round, in microseconds */
    private static double[] round(Client client, int concurrency, int first, int count) throws Exception {
        AtomicInteger next = new AtomicInteger(first);
        int end = first + count;
        AtomicLong threadNanos = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            senders.add(new Thread(() -> {
                long start = THREADS.getCurrentThreadCpuTime();
                try {
                    for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                        client.send(i);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
                threadNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
            }, "cpu-sender-" + t));
        }
        long processStart = OS.getProcessCpuTime();
        senders.forEach(Thread::start);
        for (Thread s : senders) {
            s.join();
        }
        long processNanos = OS.getProcessCpuTime() - processStart;
        if (failure.get() != null) {
            throw failure.get();
        }
        return new double[] {processNanos / 1e3 / count, threadNanos.get() / 1e3 / count};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * This measurement: {@code java -cp benchmarks.jar io.kopru.camel.benchmarks.ClientCpuBench [--quick] [results]}
     * (run.sh runs it so, in a JVM of its own: the other benchmarks' use of the same classes would otherwise shape how
     * the JIT compiles them for these clients), appending its figures to the results file when one is named;
     * {@code --profile [component|raw|camel-http]} sends through one client alone for a minute, to record it with JFR.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "--profile".equals(args[0])) {
            String which = args.length > 1 ? args[1] : "component";
            try (ClientCpuBench bench = new ClientCpuBench()) {
                Client client = "raw".equals(which) ? bench.rawHttpClient5()
                        : "camel-http".equals(which) ? bench.camelHttp() : bench.component();
                Cost[] cost = bench.compare(4, 2000, 2, 30, client);
                System.out.println(which + ": " + cost[0].processMicros + " us process, " + cost[0].threadMicros
                                   + " us thread CPU per message");
            }
            return;
        }
        boolean quick = args.length > 0 && "--quick".equals(args[0]);
        Figures figures = new Figures();
        run(figures, quick);
        // benchmarks/run.sh runs this in a JVM of its own, after BenchmarkMain: its figures join that run's results
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                figures.append(java.nio.file.Path.of(arg));
            }
        }
    }

    /** Measures and adds the client_cpu_* figures. */
    static void run(Figures figures, boolean quick) throws Exception {
        int rounds = quick ? 15 : 21;
        int perRound = quick ? 2000 : 4000;
        int concurrency = 4;
        try (ClientCpuBench bench = new ClientCpuBench()) {
            Cost[] costs = bench.compare(concurrency, perRound, 3, rounds, bench.component(), bench.rawHttpClient5(),
                    bench.camelHttp());
            figures.note("client CPU per message, iletimerkezi send, sandbox in another process, " + concurrency
                         + " senders, " + rounds + " interleaved rounds of " + perRound + " messages per client after"
                         + " 3 warm-up rounds and more until the JIT compiler is idle; per message: medians of the rounds, ratios:"
                         + " medians of the ratios within each cycle of the three. client_cpu = the senders' thread CPU time (every client does"
                         + " its whole work, HTTP included, on the sending thread); client_process_cpu = the client"
                         + " JVM's CPU time in the round, GC and JIT included, which the three clients share");
            figures.add("client_cpu_us_per_msg_component", costs[0].threadMicros);
            figures.add("client_cpu_us_per_msg_raw_httpclient5", costs[1].threadMicros);
            figures.add("client_cpu_us_per_msg_camel_http", costs[2].threadMicros);
            figures.add("client_cpu_ratio_vs_raw_httpclient5", costs[0].threadRatio(costs[1]));
            figures.add("client_cpu_ratio_vs_camel_http", costs[0].threadRatio(costs[2]));
            figures.add("client_process_cpu_us_per_msg_component", costs[0].processMicros);
            figures.add("client_process_cpu_us_per_msg_raw_httpclient5", costs[1].processMicros);
            figures.add("client_process_cpu_us_per_msg_camel_http", costs[2].processMicros);
            figures.add("client_process_cpu_ratio_vs_raw_httpclient5", costs[0].processRatio(costs[1]));
            figures.add("client_process_cpu_ratio_vs_camel_http", costs[0].processRatio(costs[2]));
        }
    }

    @Override
    public void close() throws Exception {
        camel.stop();
        raw.close();
        sandbox.close();
    }
}
