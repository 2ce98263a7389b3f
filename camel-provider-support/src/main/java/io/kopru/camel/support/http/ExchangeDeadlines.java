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
package io.kopru.camel.support.http;

import org.apache.hc.core5.concurrent.Cancellable;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Cuts the HTTP exchanges that outlast their deadline, for every client of the JVM: one daemon thread looks at the
 * exchanges in flight every {@link #TICK}, and cancels those past their deadline. So an exchange costs an entry added
 * to and removed from a concurrent set, where a task scheduled and cancelled on a {@code ScheduledExecutorService}
 * cost a lock, a heap insertion and a heap removal (4% of a send's client CPU). An exchange is cut at most one tick
 * after its deadline.
 */
final class ExchangeDeadlines {

    /** How often the exchanges in flight are looked at: a cut comes at most this late. */
    static final Duration TICK = Duration.ofMillis(100);

    private static final ExchangeDeadlines SHARED = new ExchangeDeadlines();

    private final ConcurrentHashMap.KeySetView<Watch, Boolean> inFlight = ConcurrentHashMap.newKeySet();
    private volatile Thread watcher;

    static ExchangeDeadlines shared() {
        return SHARED;
    }

    /** Watches {@code exchange} until the returned watch is closed; cancels it if it is still open at its deadline. */
    Watch watch(Cancellable exchange, Duration deadline) {
        Watch watch = new Watch(exchange, System.nanoTime() + deadline.toNanos());
        inFlight.add(watch);
        if (watcher == null) {
            startWatcher();
        }
        return watch;
    }

    private synchronized void startWatcher() {
        if (watcher == null) {
            Thread t = new Thread(this::cutOverdueExchanges, "kopru-http-deadlines");
            t.setDaemon(true);
            t.start();
            watcher = t;
        }
    }

    /** The watcher thread: every tick, cancels the exchanges past their deadline. */
    private void cutOverdueExchanges() {
        long tick = TICK.toNanos();
        while (true) {
            try {
                TimeUnit.NANOSECONDS.sleep(tick);
            } catch (InterruptedException e) {
                // a daemon for the JVM's life: an interrupt does not end the watch of the exchanges in flight
                Thread.interrupted();
            }
            long now = System.nanoTime();
            for (Watch w : inFlight) {
                if (now - w.deadline >= 0 && inFlight.remove(w)) {
                    w.overran = true;
                    w.exchange.cancel();
                }
            }
        }
    }

    /** One exchange's watch. */
    final class Watch implements AutoCloseable {
        private final Cancellable exchange;
        private final long deadline;
        private volatile boolean overran;

        private Watch(Cancellable exchange, long deadline) {
            this.exchange = exchange;
            this.deadline = deadline;
        }

        /** Whether the exchange was cancelled for outlasting its deadline. */
        boolean overran() {
            return overran;
        }

        /** The exchange ended: it is no longer watched. */
        @Override
        public void close() {
            inFlight.remove(this);
        }
    }
}
