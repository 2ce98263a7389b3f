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

import io.kopru.camel.benchmarks.jmh.MarshallingBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Measures the figures of benchmarks/README.md and prints each as {@code figure: NAME VALUE}; {@code --quick}
 * measures fewer rounds (under ten minutes on two cores). Run it through {@code benchmarks/run.sh}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && "--quick".equals(args[0]);
        Path results = Path.of(args.length > 1 ? args[1] : "benchmarks/target/results/last-run.txt");
        Figures figures = new Figures();
        figures.note("run " + Instant.now() + (quick ? " (quick)" : "") + " on " + Runtime.getRuntime().availableProcessors()
                     + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

        int rounds = quick ? 5 : 9;
        int perRound = quick ? 1500 : 3000;
        try (IletimerkeziBench bench = new IletimerkeziBench()) {
            double[] rates = new Throughput(8, perRound).compare(2, rounds, bench.component(), bench.rawJdk(),
                    bench.camelHttp());
            figures.note("iletimerkezi:send-sms, 8 concurrent senders, " + rounds + " interleaved rounds of "
                         + perRound + " messages each way, medians in messages per second; jdk_httpclient = one JDK"
                         + " HttpClient posting JSON built with Jackson for each message, sandbox in this JVM");
            figures.add("iletimerkezi_component_msgs_per_s", rates[0]);
            figures.add("iletimerkezi_jdk_httpclient_msgs_per_s", rates[1]);
            figures.add("iletimerkezi_camel_http_msgs_per_s", rates[2]);
            figures.add("throughput_ratio_vs_jdk_httpclient", rates[0] / rates[1]);
            figures.add("throughput_ratio_vs_camel_http", rates[0] / rates[2]);

            Duration window = Duration.ofSeconds(quick ? 10 : 20);
            IletimerkeziBench.RateLimitResult limited = bench.rateLimited(50, 0, window, 16);
            figures.note("sandbox limit 50 per second, client limiter rateLimit=50&rateLimitPeriod=1000, 16 callers, "
                         + window.toSeconds() + " s");
            figures.add("rate_limit_429_count", limited.tooManyRequests);
            figures.add("rate_limit_utilisation", limited.accepted / limited.seconds / 50.0);
        }

        try (MobildevBench bench = new MobildevBench()) {
            double[] rates = new Throughput(8, perRound).compare(2, rounds, bench.component(), bench.rawJdk(),
                    bench.camelHttp());
            figures.note("mobildev:send (format=json, HMAC-signed), 8 concurrent senders, " + rounds
                         + " interleaved rounds of " + perRound + " messages each way, medians in messages per second");
            figures.add("mobildev_component_msgs_per_s", rates[0]);
            figures.add("mobildev_jdk_httpclient_msgs_per_s", rates[1]);
            figures.add("mobildev_camel_http_msgs_per_s", rates[2]);
            figures.add("throughput_ratio_vs_jdk_httpclient_mobildev", rates[0] / rates[1]);
            figures.add("throughput_ratio_vs_camel_http_mobildev", rates[0] / rates[2]);
        }

        Duration lifetime = Duration.ofSeconds(2);
        int lifetimes = quick ? 5 : 10;
        BrokerageTokenBench.Result tokens = new BrokerageTokenBench().run(200, lifetime, lifetimes);
        figures.note("brokerage:call, 200 concurrent callers for " + lifetimes + " access-token lifetimes of "
                     + lifetime.toSeconds() + " s: " + tokens.calls + " calls, " + tokens.failures + " failed, "
                     + tokens.tokenCalls + " token calls in " + tokens.renewals + " renewals"
                     + (tokens.firstFailure == null ? "" : "; first failure: " + tokens.firstFailure));
        figures.add("token_fetches_per_expiry_200_callers", (double) tokens.tokenCalls / tokens.renewals);
        figures.add("token_call_failures", tokens.failures);

        Collection<RunResult> jmh = new Runner(new OptionsBuilder()
                .include(MarshallingBenchmark.class.getName())
                .forks(1)
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .build()).run();
        for (RunResult r : jmh) {
            String name = r.getParams().getBenchmark();
            figures.add("overhead_us_" + name.substring(name.lastIndexOf('.') + 1),
                    r.getPrimaryResult().getScore());
        }
        PollBench.run(figures);
        ClusterFigure.report(figures, results.toAbsolutePath().getParent());
        figures.write(results);
        System.out.println("results written to " + results);
    }
}
