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
package io.kopru.camel.sandbox.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.sun.net.httpserver.Headers;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxClock;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxExchanges;
import io.kopru.camel.sandbox.SandboxServer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The base of a fuzz target for one simulator's request parsing: it builds a request from the fuzzer's bytes (a
 * method, one of the simulator's paths, a query string, the headers a subclass offers and a body) and checks that
 * the simulator answers it, whatever it is, with a status of its own: nothing escapes {@code handle} (which the
 * sandbox would turn into a 500 the real provider never sends) and no request takes more than a second of CPU time.
 * <p>
 * A target is one small class: the simulator, its paths, and optionally credentials worth offering (see
 * {@code IletimerkeziRequestFuzzTest}).
 */
public abstract class SimulatorRequestFuzzing {

    private static final String[] METHODS = {"POST", "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "X"};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    // per target, not per instance: JUnit makes an instance for each replayed input
    private static final Map<String, ProviderSimulator> SIMULATORS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> EXECUTIONS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SimulatorRequestFuzzing::writeCounts, "fuzz-counts"));
    }

    /** A fresh simulator to fuzz; attached to a server that is never started. */
    protected abstract ProviderSimulator newSimulator();

    /** The paths the simulator serves; the fuzzer also tries one of its own. */
    protected abstract List<String> paths();

    /** Header values the fuzzer may pick for each header name (valid credentials lead deeper into the parsers). */
    protected List<String[]> headerChoices() {
        return List.of();
    }

    /** The name the execution count is reported under. */
    protected abstract String target();

    /** Builds one request from the fuzzer's bytes and checks the property on it. */
    protected final void check(FuzzedDataProvider data) throws Exception {
        ProviderSimulator simulator = SIMULATORS.computeIfAbsent(target(), t -> {
            ProviderSimulator s = newSimulator();
            s.attach(new SandboxServer(s, new SandboxClock(), 0));
            return s;
        });
        if (EXECUTIONS.computeIfAbsent(target(), t -> new AtomicLong()).incrementAndGet() % 1000 == 0) {
            simulator.reset(); // what it records of each request must not grow over millions of them
        }
        String method = data.pickValue(METHODS);
        String path = data.consumeBoolean() ? data.pickValue(paths()) : "/" + data.consumeString(32);
        String query = data.consumeBoolean() ? data.consumeString(64) : null;
        Headers headers = new Headers();
        for (String[] choice : headerChoices()) {
            if (data.consumeBoolean()) {
                // a header value never holds CR or LF: the JDK's server refuses such a request before any handler
                headers.add(choice[0], data.consumeBoolean() ? data.pickValue(List.of(choice).subList(1, choice.length))
                        : data.consumeString(64).replaceAll("[\r\n]", " "));
            }
        }
        if (data.consumeBoolean()) {
            headers.add("Content-Type", data.pickValue(List.of("application/json", "application/json; charset=utf-8",
                    "text/plain", "application/xml", "")));
        }
        byte[] body = data.consumeRemainingAsBytes();
        URI uri;
        try {
            uri = new URI("http", null, "127.0.0.1", 8080, path, query, null);
        } catch (URISyntaxException e) {
            return; // not a request the JDK's server would hand over
        }
        InMemoryHttpExchange http = new InMemoryHttpExchange(method, uri, headers, body);
        SandboxExchange exchange = SandboxExchanges.of(http);
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            simulator.handle(exchange);
        } catch (Throwable e) {
            throw new AssertionError(target() + ": the simulator failed on " + method + " " + path + ": " + e, e);
        }
        long spent = THREADS.getCurrentThreadCpuTime() - start;
        if (spent > 1_000_000_000L) {
            throw new AssertionError(target() + ": one request took " + spent / 1_000_000 + " ms of CPU time");
        }
        if (exchange.status() < 100 || exchange.status() > 599) {
            throw new AssertionError(target() + ": no valid status for " + method + " " + path + ": "
                                     + exchange.status());
        }
    }

    private static void writeCounts() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz"));
            for (Map.Entry<String, AtomicLong> e : EXECUTIONS.entrySet()) {
                Files.writeString(dir.resolve(e.getKey() + ".execs"), Long.toString(e.getValue().get()));
            }
        } catch (Exception e) {
            System.err.println("could not write the fuzz execution counts: " + e);
        }
    }
}
