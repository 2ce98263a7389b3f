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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures messages per second of several senders side by side: rounds alternate between them (A B A B ...) so that
 * the machine's noise falls on all of them alike, and each sender's figure is the median of its rounds.
 */
public final class Throughput {

    /** Sends message number {@code i} and waits for the provider's answer. */
    @FunctionalInterface
    public interface Sender {
        void send(int i) throws Exception;
    }

    private final int concurrency;
    private final int messagesPerRound;
    private final AtomicInteger sequence = new AtomicInteger();

    public Throughput(int concurrency, int messagesPerRound) {
        this.concurrency = concurrency;
        this.messagesPerRound = messagesPerRound;
    }

    /**
     * @return the median messages per second of each sender, in the order given, after {@code warmup} unmeasured
     *         rounds each
     */
    public double[] compare(int warmup, int rounds, Sender... senders) throws Exception {
        List<List<Double>> results = new ArrayList<>();
        for (int s = 0; s < senders.length; s++) {
            results.add(new ArrayList<>());
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (int r = 0; r < warmup + rounds; r++) {
                for (int s = 0; s < senders.length; s++) {
                    double rate = round(pool, senders[s]);
                    if (r >= warmup) {
                        results.get(s).add(rate);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        double[] medians = new double[senders.length];
        for (int s = 0; s < senders.length; s++) {
            List<Double> sorted = new ArrayList<>(results.get(s));
            Collections.sort(sorted);
            medians[s] = sorted.get(sorted.size() / 2);
        }
        return medians;
    }

    private double round(ExecutorService pool, Sender sender) throws Exception {
        AtomicInteger remaining = new AtomicInteger(messagesPerRound);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    sender.send(sequence.incrementAndGet());
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        return messagesPerRound / ((System.nanoTime() - start) / 1e9);
    }
}
