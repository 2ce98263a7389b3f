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
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 200 callers of {@code brokerage:call} at once, for several access-token lifetimes: how many token calls
 * (authenticate or refresh) each expiry causes. A monitor samples the sandbox's token-endpoint counters; a burst of
 * token calls separated from the next by a quiet spell is one renewal.
 */
final class BrokerageTokenBench {

    /** The outcome of a run. */
    static final class Result {
        final int tokenCalls;
        final int renewals;
        final int calls;
        final int failures;
        final String firstFailure;

        Result(int tokenCalls, int renewals, int calls, int failures, String firstFailure) {
            this.tokenCalls = tokenCalls;
            this.renewals = renewals;
            this.calls = calls;
            this.failures = failures;
            this.firstFailure = firstFailure;
        }
    }

    Result run(int callers, Duration lifetime, int lifetimes) throws Exception {
        BrokerageSimulator simulator = new BrokerageSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start()) {
            simulator.setAccessTokenLifetime(lifetime);
            SandboxServer server = sandbox.server(BrokerageSimulator.class);
            CamelContext camel = new DefaultCamelContext();
            BrokerageComponent component = new BrokerageComponent();
            component.getConfiguration().setApiKey(BrokerageSimulator.API_KEY);
            component.getConfiguration().setSecretKey(BrokerageSimulator.SECRET_KEY);
            component.getConfiguration().setBaseUrl(server.baseUrl());
            component.getConfiguration().setMaxConnections(callers);
            camel.addComponent("brokerage", component);
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger calls = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger renewals = new AtomicInteger();
            java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread monitor = new Thread(() -> {
                int last = 0;
                long lastChange = 0;
                while (!stop.get()) {
                    int now = server.requestCount(BrokerageSimulator.AUTHENTICATE)
                              + server.requestCount(BrokerageSimulator.REFRESH);
                    long t = System.nanoTime();
                    if (now > last) {
                        if (t - lastChange > Duration.ofMillis(150).toNanos()) {
                            renewals.incrementAndGet();
                        }
                        lastChange = t;
                        last = now;
                    }
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            monitor.start();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            long end = System.nanoTime() + lifetime.multipliedBy(lifetimes).toNanos();
            try {
                for (int c = 0; c < callers; c++) {
                    pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            Exchange e = template.send("brokerage:call?path=/orders&httpMethod=GET", x -> { });
                            calls.incrementAndGet();
                            if (e.getException() != null) {
                                failures.incrementAndGet();
                                firstFailure.compareAndSet(null, e.getException().getMessage());
                            }
                        }
                        return null;
                    });
                }
                pool.shutdown();
                pool.awaitTermination(lifetime.multipliedBy(lifetimes).toSeconds() + 120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
                Thread.sleep(200);
                stop.set(true);
                monitor.join();
                camel.stop();
            }
            int tokenCalls = server.requestCount(BrokerageSimulator.AUTHENTICATE)
                             + server.requestCount(BrokerageSimulator.REFRESH);
            return new Result(tokenCalls, renewals.get(), calls.get(), failures.get(), firstFailure.get());
        }
    }
}
