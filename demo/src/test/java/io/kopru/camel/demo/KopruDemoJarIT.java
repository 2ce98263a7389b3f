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
package io.kopru.camel.demo;

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job, started as a user starts it: java -jar, no credentials, a time limit. While it runs, its metrics are
 * scraped at the URL it printed; when it stops, its summary per provider is checked against what it logged and what
 * the scrape counted.
 */
class KopruDemoJarIT {

    private static final Pattern SUMMARY_LINE = Pattern.compile("(?m)^  (\\w+): sent (\\d+), failed over (\\d+),"
            + " parked (\\d+), reconciled (\\d+), delivered (\\d+), undelivered (\\d+)$");
    private static final Pattern SENT_SAMPLE = Pattern.compile("(?m)^kopru_sms_sent_total\\{([^}]*)\\} (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    /** The demo's batch: one message to each of six numbers (KopruDemo.sandboxProperties). */
    private static final int DEMO_MESSAGES = 6;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theRunnableJarPrintsDeliveryReportsServesItsMetricsAndSummarisesEachProvider() throws Exception {
        Path jar = Path.of("target", "kopru-demo.jar");
        assertThat(jar).exists();
        Path out = Files.createTempFile("kopru-main-job", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the README's command: no port or any other setup (the management server takes a free port and prints it)
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Dcamel.main.durationMaxSeconds=30", "-jar",
                jar.toString())).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().remove("ILETIMERKEZI_API_KEY");
        pb.environment().remove("ILETIMERKEZI_API_HASH");
        Process process = pb.start();
        String scrape;
        String health;
        try {
            String metricsUrl = awaitLine(out, process, KopruDemo.METRICS_LINE);
            String healthUrl = awaitLine(out, process, KopruDemo.HEALTH_LINE);
            assertThat(metricsUrl).startsWith("http://127.0.0.1:").endsWith("/observe/metrics");
            scrape = awaitSends(metricsUrl, process);
            health = get(healthUrl).body();
        } finally {
            if (!process.waitFor(150, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        String log = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.isAlive()).as("the job stopped by itself:\n" + log).isFalse();
        assertThat(process.exitValue()).as("exit code:\n" + log).isZero();
        assertThat(log).contains("Provider sandbox (test credentials only)")
                .contains("failing over")
                .contains("parked")
                .contains("delivery report: DeliveryReport[provider=iletimerkezi")
                .contains("status=DELIVERED")
                .contains("status=UNDELIVERED")
                .contains("document 'reçete-2026-0001.xml' has a fresh sign token until")
                .contains("document 'reçete-2026-0002.xml' has a fresh sign token until");

        // the scrape: the sends by provider, operation and outcome, and no secret anywhere in it
        Map<String, Double> accepted = sent(scrape, "accepted");
        assertThat(accepted).as(scrape).containsKeys("iletimerkezi", "mobildev");
        assertThat(accepted.values()).allMatch(v -> v > 0);
        assertThat(scrape).contains("kopru_provider_requests_seconds_count{")
                .doesNotContain(IletimerkeziSimulator.API_KEY, IletimerkeziSimulator.API_HASH,
                        MobildevSimulator.API_KEY, MobildevSimulator.API_SECRET, SignaportSimulator.LICENSE_KEY,
                        SignaportSimulator.PASSWORD);
        assertThat(health).contains("\"UP\"");

        // the summary, one line per provider, agrees with the scrape and with the log
        Map<String, int[]> summary = summary(log);
        assertThat(summary).as(log).containsOnlyKeys("iletimerkezi", "mobildev");
        int[] iletimerkezi = summary.get("iletimerkezi");
        int[] mobildev = summary.get("mobildev");
        for (Map.Entry<String, int[]> row : summary.entrySet()) {
            String provider = row.getKey();
            int[] n = row.getValue();
            assertThat(n[0]).as(provider + " sent, as the scrape counted").isEqualTo(accepted.get(provider).intValue());
            assertThat(n[2]).as(provider + " parked: the ambiguous sends")
                    .isEqualTo(sent(scrape, "ambiguous").getOrDefault(provider, 0.0).intValue());
            assertThat(n[4]).as(provider + " delivered, as logged").isEqualTo(reports(log, provider, "DELIVERED"));
            assertThat(n[5]).as(provider + " undelivered, as logged").isEqualTo(reports(log, provider, "UNDELIVERED"));
            assertThat(n[4] + n[5]).as(provider + ": every accepted message got its final report")
                    .isEqualTo(n[0] + n[3]);
        }
        assertThat(iletimerkezi[0] + mobildev[0] + iletimerkezi[2] + mobildev[2])
                .as("each demo message sent once, or parked").isEqualTo(DEMO_MESSAGES);
        assertThat(iletimerkezi[1]).as("the secondary sent every message the primary failed over")
                .isEqualTo(mobildev[0]).isGreaterThanOrEqualTo(2);
        assertThat(iletimerkezi[2]).as("the slow answer parked").isEqualTo(1);
        assertThat(iletimerkezi[3]).as("and reconciled").isEqualTo(1);
        assertThat(mobildev[1]).isZero();
        new File(out.toString()).delete();
    }

    /** The value the job printed after {@code prefix}, once it has printed it. */
    private static String awaitLine(Path out, Process process, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length()).trim();
                }
            }
            assertThat(process.isAlive()).as("the job ended before printing " + prefix + ":\n"
                    + Files.readString(out, StandardCharsets.UTF_8)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no line " + prefix + " within 120 s:\n" + Files.readString(out, StandardCharsets.UTF_8));
    }

    /** Scrapes until every demo message was sent or parked; the last scrape. */
    private String awaitSends(String url, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String scrape = "";
        while (System.nanoTime() < deadline && process.isAlive()) {
            HttpResponse<String> response = get(url);
            assertThat(response.statusCode()).isEqualTo(200);
            scrape = response.body();
            double settled = sent(scrape, "accepted").values().stream().mapToDouble(Double::doubleValue).sum()
                             + sent(scrape, "ambiguous").values().stream().mapToDouble(Double::doubleValue).sum();
            if (settled >= DEMO_MESSAGES) {
                return scrape;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the scrape never counted " + DEMO_MESSAGES + " sends:\n" + scrape);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** kopru_sms_sent_total of one outcome, per provider (every operation together). */
    private static Map<String, Double> sent(String scrape, String outcome) {
        Map<String, Double> byProvider = new HashMap<>();
        Matcher sample = SENT_SAMPLE.matcher(scrape);
        while (sample.find()) {
            Map<String, String> labels = new HashMap<>();
            Matcher label = LABEL.matcher(sample.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            assertThat(labels).containsKeys("provider", "operation", "outcome");
            if (outcome.equals(labels.get("outcome"))) {
                byProvider.merge(labels.get("provider"), Double.parseDouble(sample.group(2)), Double::sum);
            }
        }
        return byProvider;
    }

    /** provider -> sent, failed over, parked, reconciled, delivered, undelivered. */
    private static Map<String, int[]> summary(String log) {
        int at = log.indexOf(DemoSummary.HEADING);
        assertThat(at).as("the summary heading:\n" + log).isNotNegative();
        Map<String, int[]> rows = new HashMap<>();
        Matcher line = SUMMARY_LINE.matcher(log.substring(at));
        while (line.find()) {
            int[] n = new int[6];
            for (int i = 0; i < n.length; i++) {
                n[i] = Integer.parseInt(line.group(i + 2));
            }
            rows.put(line.group(1), n);
        }
        return rows;
    }

    private static int reports(String log, String provider, String status) {
        Matcher m = Pattern.compile("delivery report: DeliveryReport\\[provider=" + provider + ",[^\\]]*status=" + status
                                    + ",").matcher(log);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
