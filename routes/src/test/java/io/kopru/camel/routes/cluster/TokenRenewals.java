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
package io.kopru.camel.routes.cluster;

import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the Brokerage sandbox's token endpoint (authentications and refreshes): token calls closer together than
 * {@code quiet} belong to one renewal. One call per renewal means the cluster renewed each expiring token once.
 */
final class TokenRenewals {

    private final BrokerageSimulator brokerage;
    private final Duration quiet;
    private final List<long[]> bursts = new ArrayList<>();
    private volatile boolean running = true;
    private final Thread thread;

    private TokenRenewals(BrokerageSimulator brokerage, Duration quiet) {
        this.brokerage = brokerage;
        this.quiet = quiet;
        this.thread = new Thread(this::sample, "token-renewals");
        this.thread.setDaemon(true);
    }

    static TokenRenewals watch(BrokerageSimulator brokerage, Duration quiet) {
        TokenRenewals watcher = new TokenRenewals(brokerage, quiet);
        watcher.thread.start();
        return watcher;
    }

    private void sample() {
        int seen = 0;
        while (running) {
            int now = brokerage.authentications() + brokerage.refreshes();
            if (now > seen) {
                long at = System.currentTimeMillis();
                synchronized (bursts) {
                    long[] last = bursts.isEmpty() ? null : bursts.get(bursts.size() - 1);
                    if (last != null && at - last[0] < quiet.toMillis()) {
                        last[0] = at;
                        last[1] += now - seen;
                    } else {
                        bursts.add(new long[] {at, now - seen});
                    }
                }
                seen = now;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(1000);
    }

    int renewals() {
        synchronized (bursts) {
            return bursts.size();
        }
    }

    double fetchesPerRenewal() {
        synchronized (bursts) {
            long calls = bursts.stream().mapToLong(b -> b[1]).sum();
            return bursts.isEmpty() ? 0 : calls / (double) bursts.size();
        }
    }
}
