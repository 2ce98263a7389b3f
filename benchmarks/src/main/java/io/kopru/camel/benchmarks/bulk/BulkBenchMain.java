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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the bulk figures ({@code figure: bulk_* VALUE}), appends them to the run's results file and writes them to
 * {@code bulk-last-run.txt} next to it. {@code --quick}: 200 000 recipients; else 1 000 000.
 */
public final class BulkBenchMain {

    static final int CONCURRENCY = 32;

    private BulkBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && "--quick".equals(args[0]);
        Path results = Path.of(args.length > 1 ? args[1] : "benchmarks/target/results/last-run.txt");
        int recipients = quick ? 200_000 : 1_000_000;
        BulkBench.Result r = new BulkBench().run(recipients, CONCURRENCY, results.getParent().resolve("bulk"));

        List<String> lines = new ArrayList<>();
        lines.add("# bulk run " + Instant.now() + (quick ? " (quick)" : "") + ": " + recipients + " recipients (one in"
                  + " ten with its own text) from a file, routes' sms-bulk to iletiMerkezi (sandbox enforcing 100 calls"
                  + " a second, client limiter rateLimit=100&rateLimitPeriod=1000), " + r.concurrency + " batches in"
                  + " flight, sender JVM -Xmx256m, measured after a first campaign of " + BulkBench.WARM_RECIPIENTS
                  + " recipients on the fresh JVM (floor " + fmt(r.firstFloorSeconds) + " s, wall "
                  + fmt(r.firstWallSeconds) + " s); " + r.batches + " batches (fewest possible " + r.minimumBatches
                  + "), floor " + fmt(r.floorSeconds) + " s, wall " + fmt(r.wallSeconds) + " s; sender CPU "
                  + fmt(r.senderCpuMicrosPerRecipient) + " us a recipient; load average " + fmt(r.loadBefore) + " before, "
                  + fmt(r.loadAfter) + " after, on " + Runtime.getRuntime().availableProcessors() + " cores");
        figure(lines, "bulk_recipients", r.recipients);
        figure(lines, "bulk_floor_ratio", r.floorSeconds / r.wallSeconds);
        figure(lines, "bulk_floor_ratio_first_campaign", r.firstFloorSeconds / r.firstWallSeconds);
        figure(lines, "bulk_heap_peak_mb", r.heapPeakMb);
        figure(lines, "bulk_429", r.tooManyRequests);
        figure(lines, "bulk_lost", r.lost);
        figure(lines, "bulk_sent_twice", r.sentTwice);
        lines.forEach(System.out::println);
        Files.createDirectories(results.getParent());
        Files.write(results.getParent().resolve("bulk-last-run.txt"), lines, StandardCharsets.UTF_8);
        Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void figure(List<String> lines, String name, double value) {
        lines.add(String.format(Locale.ROOT, "figure: %s %.4f", name, value));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
