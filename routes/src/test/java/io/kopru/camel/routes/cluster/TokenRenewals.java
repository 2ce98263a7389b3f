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
 * <p>
 * A node killed while it renews (after the sandbox took its token call, before its transaction stored the token)
 * takes that token with it, and the node that renews next must fetch another: no store can keep a token that only a
 * dead process had. Such a renewal, with a death between its first and its last call, is counted apart
 * ({@link #cutByDeath()}), and not in {@link #fetchesPerRenewal()}.
 */
final class TokenRenewals {

    private final BrokerageSimulator brokerage;
    private final Duration quiet;
    private final List<Burst> bursts = new ArrayList<>();
    private final List<long[]> deaths = new ArrayList<>();
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

    /** A node died between these two instants (before the kill was sent, after the process was seen gone). */
    void nodeDied(long fromMillis, long toMillis) {
        synchronized (bursts) {
            deaths.add(new long[] {fromMillis, toMillis});
        }
    }

    private void sample() {
        int seen = 0;
        long sampledBefore = System.currentTimeMillis();
        while (running) {
            int now = brokerage.authentications() + brokerage.refreshes();
            long at = System.currentTimeMillis();
            if (now > seen) {
                synchronized (bursts) {
                    Burst last = bursts.isEmpty() ? null : bursts.get(bursts.size() - 1);
                    if (last != null && at - last.last < quiet.toMillis()) {
                        last.last = at;
                        last.calls += now - seen;
                    } else {
                        bursts.add(new Burst(sampledBefore, at, now - seen));
                    }
                }
                seen = now;
            }
            sampledBefore = at;
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

    /** Token calls seen. */
    long calls() {
        synchronized (bursts) {
            return bursts.stream().mapToLong(b -> b.calls).sum();
        }
    }

    /**
     * Renewals of more than one call with a node's death between their first and last call, and no more calls than
     * one plus those deaths.
     */
    List<String> cutByDeath() {
        synchronized (bursts) {
            return bursts.stream().filter(this::cut).map(Burst::toString).toList();
        }
    }

    /** Token calls per renewal, over the renewals no death cut. */
    double fetchesPerRenewal() {
        synchronized (bursts) {
            List<Burst> whole = bursts.stream().filter(b -> !cut(b)).toList();
            long calls = whole.stream().mapToLong(b -> b.calls).sum();
            return whole.isEmpty() ? 0 : calls / (double) whole.size();
        }
    }

    /** The renewals of more than one call, with when they were seen; for the log. */
    List<String> repeated() {
        synchronized (bursts) {
            return bursts.stream().filter(b -> b.calls > 1).map(Burst::toString).toList();
        }
    }

    private boolean cut(Burst burst) {
        if (burst.calls < 2) {
            return false;
        }
        // the first call came after the sample before it was seen, the death after the first call; each death
        // excuses one call more, no other
        long deathsWithin = deaths.stream().filter(d -> d[1] >= burst.notBefore && d[0] <= burst.last).count();
        return deathsWithin > 0 && burst.calls <= 1 + deathsWithin;
    }

    private static final class Burst {
        /** When the counters were last read before this renewal's first call was seen. */
        final long notBefore;
        long last;
        long calls;

        Burst(long notBefore, long at, long calls) {
            this.notBefore = notBefore;
            this.last = at;
            this.calls = calls;
        }

        @Override
        public String toString() {
            return calls + " calls between " + notBefore + " and " + last;
        }
    }
}
