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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The exchanges in flight past their deadline are cancelled, once; the ones that ended in time never are. */
class ExchangeDeadlinesTest {

    /** An exchange that counts its cancellations. */
    private static final class Exchange implements Cancellable {
        final AtomicInteger cancels = new AtomicInteger();
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public boolean cancel() {
            cancels.incrementAndGet();
            cancelled.countDown();
            return true;
        }
    }

    @Test
    void anExchangePastItsDeadlineIsCancelledOnceAndKnownToHaveOverrun() throws Exception {
        Exchange exchange = new Exchange();
        ExchangeDeadlines.Watch watch = ExchangeDeadlines.shared().watch(exchange, Duration.ofMillis(50));
        // its deadline, plus a tick, plus a loaded machine's delay
        assertThat(exchange.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.overran()).isTrue();
        Thread.sleep(3 * ExchangeDeadlines.TICK.toMillis());
        watch.close();
        assertThat(exchange.cancels).as("cancelled once, not at every tick after").hasValue(1);
    }

    @Test
    void anExchangeThatEndedBeforeItsDeadlineIsNeverCancelled() throws Exception {
        Exchange ended = new Exchange();
        ExchangeDeadlines.Watch watch = ExchangeDeadlines.shared().watch(ended, Duration.ofMillis(200));
        watch.close();
        Exchange running = new Exchange();
        ExchangeDeadlines.Watch other = ExchangeDeadlines.shared().watch(running, Duration.ofMillis(200));
        assertThat(running.cancelled.await(5, TimeUnit.SECONDS)).as("the watcher ran past the deadline").isTrue();
        assertThat(ended.cancels).hasValue(0);
        assertThat(watch.overran()).isFalse();
        other.close();
    }

    @Test
    void anExchangeWithinItsDeadlineIsLeftAlone() throws Exception {
        Exchange exchange = new Exchange();
        ExchangeDeadlines.Watch watch = ExchangeDeadlines.shared().watch(exchange, Duration.ofSeconds(30));
        Thread.sleep(3 * ExchangeDeadlines.TICK.toMillis());
        assertThat(exchange.cancels).hasValue(0);
        assertThat(watch.overran()).isFalse();
        watch.close();
    }
}
