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
import org.apache.camel.main.Main;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sending JVM of the bulk benchmark, started by {@link BulkBench} as a process of its own ({@code -Xmx256m}): the
 * routes library's send and bulk routes, iletiMerkezi primary with its client-side limiter at the documented 100
 * calls a second, Mobildev secondary, both pointed at the sandboxes of the benchmark's JVM. Sends one recipient list
 * and prints {@code bulk-result key=value ...} for the benchmark to read.
 * <p>
 * Arguments: iletiMerkezi base URL, Mobildev base URL, the list, the campaign text, concurrency, limiter period (ms).
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

        HeapSampler heap = new HeapSampler();
        heap.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = os.getProcessCpuTime();
        long started = System.nanoTime();
        Exchange done = main.getCamelContext().createProducerTemplate().send("direct:sms-bulk", e -> {
            e.getMessage().setBody(list);
            e.getMessage().setHeader(BulkBatcher.TEXT, text);
            e.getMessage().setHeader(BulkBatcher.SOURCE_ID, list.getName());
        });
        long wallNanos = System.nanoTime() - started;
        long cpuNanos = os.getProcessCpuTime() - cpuStarted;
        heap.interrupt();
        heap.join();
        main.stop();

        BulkSummary summary = done.getException() == null ? done.getMessage().getBody(BulkSummary.class) : null;
        if (done.getException() != null) {
            done.getException().printStackTrace(System.out);
        }
        System.out.println("bulk-result wallMs=" + wallNanos / 1_000_000 + " cpuMs=" + cpuNanos / 1_000_000 + " batches="
                           + (summary == null ? -1 : summary.getBatches()) + " accepted="
                           + (summary == null ? -1 : summary.getAcceptedRecipients()) + " failed="
                           + (summary == null ? -1 : summary.getFailedBatches()) + " parked="
                           + (summary == null ? -1 : summary.getParkedBatches()) + " heapPeakBytes=" + heap.peak()
                           + " heapMaxBytes=" + Runtime.getRuntime().maxMemory());
        System.exit(done.getException() == null ? 0 : 1);
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
