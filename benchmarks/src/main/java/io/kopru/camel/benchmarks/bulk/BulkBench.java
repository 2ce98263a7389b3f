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

import io.kopru.camel.routes.bulk.BulkBatcher;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk campaign: a list of distinct recipients (one in ten with a text of its own) sent by the routes library's
 * bulk route from a JVM of its own ({@link BulkSender}, {@code -Xmx256m}) to the sandboxes in this JVM, iletiMerkezi
 * enforcing its documented 100 calls a second. The sandboxes' own records say what was accepted, how often, and how
 * many calls were refused with 429.
 */
public final class BulkBench {

    static final String ILETIMERKEZI_KEY = "bulk-key-19ac";
    static final String ILETIMERKEZI_HASH = "bulk-hash-5d02e7";
    static final String MOBILDEV_KEY = MobildevSimulator.API_KEY;
    static final String MOBILDEV_SECRET = MobildevSimulator.API_SECRET;
    static final String CAMPAIGN_TEXT = "Kopru kampanyasi: bu hafta tum siparislerde kargo bedava";
    static final String OWN_TEXT = "Sayin musterimiz, siparisiniz yola cikti";
    static final long FIRST_NUMBER = 5320000000L;
    /** The first number of the first campaign's list, which no number of the measured list reaches. */
    static final long FIRST_WARM_NUMBER = 5330000000L;
    /** Recipients of the first campaign, which meets the fresh JVM and is reported apart. */
    static final int WARM_RECIPIENTS = 200_000;
    /** Numbers in one batch: what iletiMerkezi takes in one order here (see the routes README). */
    static final int BATCH = 1000;

    /** What one run measured. */
    public static final class Result {
        public long recipients;
        public long batches;
        public long minimumBatches;
        public double floorSeconds;
        public double wallSeconds;
        public long tooManyRequests;
        public long lost;
        public long sentTwice;
        public double heapPeakMb;
        /** The sender's CPU time (every thread) during the send, per recipient. */
        public double senderCpuMicrosPerRecipient;
        /** The machine's load average (last minute) when the send began and when it ended. */
        public double loadBefore;
        public double loadAfter;
        public int concurrency;
        /** The first campaign, of {@link #WARM_RECIPIENTS} recipients, on the fresh JVM: its floor and wall time. */
        public double firstFloorSeconds;
        public double firstWallSeconds;
        public String senderOutput;
    }

    public Result run(int recipients, int concurrency, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        Path list = workDir.resolve("bulk-recipients-" + recipients + ".txt");
        long own = writeList(list, FIRST_NUMBER, recipients);
        long minimumBatches = ceil(recipients - own, BATCH) + ceil(own, BATCH);
        Path warmList = workDir.resolve("bulk-first-campaign-" + WARM_RECIPIENTS + ".txt");
        long warmOwn = writeList(warmList, FIRST_WARM_NUMBER, WARM_RECIPIENTS);
        long warmBatches = ceil(WARM_RECIPIENTS - warmOwn, BATCH) + ceil(warmOwn, BATCH);

        IletimerkeziSimulator iletimerkezi = new IletimerkeziSimulator();
        MobildevSimulator mobildev = new MobildevSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(iletimerkezi, mobildev).start()) {
            iletimerkezi.addAccount(ILETIMERKEZI_KEY, ILETIMERKEZI_HASH).smsCredits(Long.MAX_VALUE / 4);
            iletimerkezi.enforceDocumentedLimit();
            mobildev.apiKey(MOBILDEV_KEY).credits(Long.MAX_VALUE / 4);
            SandboxServer iletimerkeziServer = sandbox.server(IletimerkeziSimulator.class);
            SandboxServer mobildevServer = sandbox.server(MobildevSimulator.class);

            Result r = new Result();
            int[] batchesBefore = new int[1];
            String output = runSender(sandbox.baseUrl(IletimerkeziSimulator.class),
                    sandbox.baseUrl(MobildevSimulator.class), list, warmList, concurrency,
                    workDir.resolve("bulk-sender.log"), () -> {
                        // between the campaigns: the measured one's batches are those accepted after this
                        batchesBefore[0] = iletimerkezi.acceptedOrders().size() + mobildev.acceptedMessages().size();
                        r.loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                    });

            r.senderOutput = output;
            r.loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            r.concurrency = concurrency;
            r.minimumBatches = minimumBatches;
            String measured = output.substring(output.lastIndexOf("bulk-result "));
            String first = output.substring(output.lastIndexOf("bulk-warm "));
            r.batches = iletimerkezi.acceptedOrders().size() + mobildev.acceptedMessages().size() - batchesBefore[0];
            r.floorSeconds = (double) minimumBatches / IletimerkeziSimulator.DOCUMENTED_REQUESTS_PER_SECOND;
            r.wallSeconds = value(measured, "wallMs") / 1000.0;
            r.firstFloorSeconds = (double) warmBatches / IletimerkeziSimulator.DOCUMENTED_REQUESTS_PER_SECOND;
            r.firstWallSeconds = value(first, "wallMs") / 1000.0;
            r.heapPeakMb = Math.max(value(measured, "heapPeakBytes"), value(first, "heapPeakBytes")) / (1024.0 * 1024.0);
            r.senderCpuMicrosPerRecipient = value(measured, "cpuMs") * 1000.0 / recipients;
            // both campaigns: not one 429, and every number of either list accepted once
            r.tooManyRequests = iletimerkeziServer.responseCount(429) + mobildevServer.responseCount(429);

            // the sandboxes' record, by national number: every listed number once, nothing else
            Map<Long, Integer> accepted = new HashMap<>();
            iletimerkezi.acceptancesPerRecipient().forEach((n, c) -> accepted.merge(national(n), c, Integer::sum));
            mobildev.acceptancesPerRecipient().forEach((n, c) -> accepted.merge(national(n), c, Integer::sum));
            long[] measuredCount = check(accepted, FIRST_NUMBER, recipients);
            long[] firstCount = check(accepted, FIRST_WARM_NUMBER, WARM_RECIPIENTS);
            if (!accepted.isEmpty()) {
                throw new IllegalStateException(accepted.size() + " numbers accepted that the lists do not hold");
            }
            r.recipients = measuredCount[0];
            r.lost = measuredCount[1] + firstCount[1];
            r.sentTwice = measuredCount[2] + firstCount[2];
            return r;
        }
    }

    /** Takes one list's numbers out of the record. @return accepted, lost and sent twice, of that list */
    private static long[] check(Map<Long, Integer> accepted, long firstNumber, int recipients) {
        long[] counts = new long[3];
        for (long i = 0; i < recipients; i++) {
            Integer count = accepted.remove(firstNumber + i);
            if (count == null) {
                counts[1]++;
            } else {
                counts[0]++;
                counts[2] += count - 1;
            }
        }
        return counts;
    }

    /** Writes a list of consecutive numbers; returns how many lines carry their own text. */
    static long writeList(Path list, long firstNumber, int recipients) throws IOException {
        long own = 0;
        try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            for (int i = 0; i < recipients; i++) {
                out.write(Long.toString(firstNumber + i));
                if (i % 10 == 9) {
                    out.write(BulkBatcher.SEPARATOR);
                    out.write(OWN_TEXT);
                    own++;
                }
                out.write('\n');
            }
        }
        return own;
    }

    /**
     * Runs the sender: the first campaign, then, after {@code between} ran, the measured one. @return its output
     */
    private static String runSender(String iletimerkezi, String mobildev, Path list, Path firstList, int concurrency,
                                    Path log, Runnable between) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC"));
        // e.g. -Dbulk.sender.options=-XX:StartFlightRecording=filename=sender.jfr to profile the sender
        String options = System.getProperty("bulk.sender.options", "");
        if (!options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath, BulkSender.class.getName(), iletimerkezi, mobildev, list.toString(),
                CAMPAIGN_TEXT, String.valueOf(concurrency), "1000", firstList.toString()));
        Process sender = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (!Files.readString(log).contains("bulk-warmed")) {
            if (!sender.isAlive() || System.nanoTime() > deadline) {
                sender.destroyForcibly();
                throw new IllegalStateException("the bulk sender's first campaign did not end; see " + log);
            }
            Thread.sleep(50);
        }
        between.run();
        try (Writer go = new OutputStreamWriter(sender.getOutputStream(), StandardCharsets.UTF_8)) {
            go.write("go\n");
        }
        if (!sender.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            sender.destroyForcibly();
            throw new IllegalStateException("the bulk sender did not finish in 30 minutes; see " + log);
        }
        String output = Files.readString(log);
        if (sender.exitValue() != 0 || !output.contains("bulk-result ") || !output.contains("bulk-warm ")) {
            throw new IllegalStateException("the bulk sender failed (exit " + sender.exitValue() + "); see " + log);
        }
        return output;
    }

    private static long national(String number) {
        return Long.parseLong(number.substring(number.length() - 10));
    }

    private static long ceil(long n, long d) {
        return (n + d - 1) / d;
    }

    private static long value(String output, String name) {
        Matcher m = Pattern.compile(name + "=(-?\\d+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + output);
        }
        return Long.parseLong(m.group(1));
    }
}
