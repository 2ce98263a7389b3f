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
package io.kopru.camel.benchmarks.bulk;

import io.kopru.camel.routes.KopruBeans;
import io.kopru.camel.routes.bulk.BulkBatcher;
import io.kopru.camel.routes.bulk.BulkSummary;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sending JVM of the bulk benchmark, started by {@link BulkBench} as a process of its own ({@code -Xmx256m}): the
 * routes library's send and bulk routes, iletiMerkezi primary with its client-side limiter at the documented 100
 * calls a second, Mobildev secondary, both pointed at the sandboxes of the benchmark's JVM. Sends one recipient list
 * and prints {@code bulk-result key=value ...} for the benchmark to read.
 * <p>
 * Arguments: iletiMerkezi base URL, Mobildev base URL, the list, the campaign text, concurrency, limiter period (ms),
 * and optionally a first list: sent first and reported ({@code bulk-warm ...}); then, once the JIT compiler is idle
 * and every limiter slot free, the sender prints {@code bulk-warmed} and sends the measured list when its input
 * reads {@code go} (the benchmark takes its sandboxes' counts in between).
 */
public final class BulkSender {

    private BulkSender() {
    }

    public static void main(String[] args) throws Exception {
        String iletimerkezi = args[0];
        String mobildev = args[1];
        File list = new File(args[2]);
        String text = args[3];
        String concurrency = args[4];
        String period = args[5];

        Properties p = new Properties();
        p.setProperty("camel.main.routes-include-pattern", "classpath:camel/sms-send.yaml,classpath:camel/sms-bulk.yaml");
        p.setProperty("iletimerkezi.api-key", BulkBench.ILETIMERKEZI_KEY);
        p.setProperty("iletimerkezi.secret-key", BulkBench.ILETIMERKEZI_HASH);
        p.setProperty("camel.component.iletimerkezi.base-url", iletimerkezi);
        p.setProperty("camel.component.iletimerkezi.sender", "ACME");
        // the provider's documented limit, kept by the component's own limiter
        p.setProperty("camel.component.iletimerkezi.rate-limit", "100");
        p.setProperty("camel.component.iletimerkezi.rate-limit-period", period);
        p.setProperty("camel.component.iletimerkezi.max-connections", concurrency);
        p.setProperty("mobildev.api-key", BulkBench.MOBILDEV_KEY);
        p.setProperty("mobildev.secret-key", BulkBench.MOBILDEV_SECRET);
        p.setProperty("camel.component.mobildev.base-url", mobildev);
        p.setProperty("camel.component.mobildev.rate-limit", "5000");
        p.setProperty("camel.component.mobildev.rate-limit-period", "60000");
        p.setProperty("kopru.sms.primary", "iletimerkezi:send-sms");
        p.setProperty("kopru.sms.secondary", "mobildev:send");
        p.setProperty("kopru.bulk.concurrency", concurrency);

        Main main = new Main();
        main.setOverrideProperties(p);
        main.configure().addConfiguration(new KopruBeans());
        main.start();

        ProducerTemplate template = main.getCamelContext().createProducerTemplate();
        if (args.length > 6) {
            // the first campaign of a fresh JVM: reported, then the measured one meets the node as a running one would
            Campaign first = Campaign.send(template, new File(args[6]), text);
            System.out.println("bulk-warm " + first.result());
            awaitCompilerIdle();
            Thread.sleep(Long.parseLong(period) + 500); // every limiter slot free again
            System.out.println("bulk-warmed: waiting for the go");
            if (!"go".equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine())) {
                throw new IllegalStateException("no go from the benchmark");
            }
        }
        Campaign measured = Campaign.send(template, list, text);
        main.stop();
        System.out.println("bulk-result " + measured.result());
        System.exit(measured.done.getException() == null ? 0 : 1);
    }

    /** One list sent through the bulk route, with its wall time, the process's CPU time and the heap's peak. */
    static final class Campaign {
        Exchange done;
        long wallNanos;
        long cpuNanos;
        long heapPeak;

        static Campaign send(ProducerTemplate template, File list, String text) throws InterruptedException {
            Campaign c = new Campaign();
            HeapSampler heap = new HeapSampler();
            heap.start();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStarted = os.getProcessCpuTime();
            long started = System.nanoTime();
            c.done = template.send("direct:sms-bulk", e -> {
                e.getMessage().setBody(list);
                e.getMessage().setHeader(BulkBatcher.TEXT, text);
                e.getMessage().setHeader(BulkBatcher.SOURCE_ID, list.getName());
            });
            c.wallNanos = System.nanoTime() - started;
            c.cpuNanos = os.getProcessCpuTime() - cpuStarted;
            heap.interrupt();
            heap.join();
            c.heapPeak = heap.peak();
            if (c.done.getException() != null) {
                c.done.getException().printStackTrace(System.out);
            }
            return c;
        }

        String result() {
            BulkSummary summary = done.getException() == null ? done.getMessage().getBody(BulkSummary.class) : null;
            return "wallMs=" + wallNanos / 1_000_000 + " cpuMs=" + cpuNanos / 1_000_000 + " batches="
                   + (summary == null ? -1 : summary.getBatches()) + " accepted="
                   + (summary == null ? -1 : summary.getAcceptedRecipients()) + " failed="
                   + (summary == null ? -1 : summary.getFailedBatches()) + " parked="
                   + (summary == null ? -1 : summary.getParkedBatches()) + " heapPeakBytes=" + heapPeak
                   + " heapMaxBytes=" + Runtime.getRuntime().maxMemory();
        }
    }

    /** Waits until the JIT compiler has compiled nothing for half a second (at most 20 s). */
    private static void awaitCompilerIdle() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            Thread.sleep(2000);
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long last = jit.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            long now = jit.getTotalCompilationTime();
            if (now == last) {
                return;
            }
            last = now;
        }
    }

    /** The largest heap in use while the list is sent, sampled every 5 ms. */
    static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    break;
                }
            }
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peak() {
            return peak.get();
        }
    }
}
