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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Nonces, timestamps and the one re-signing after a clock correction, against the sandbox's replay checks. */
class MobildevSigningTest extends MobildevTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5056647139");

    @Test
    void aThousandConcurrentSignedSendsNeverReuseANonceAndNoneIsRejected() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String text = "Kod " + i;
            sends.add(pool.submit(() -> call("mobildev:send", text, TO)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).as("the sends finished").isTrue();

        List<String> ids = new ArrayList<>();
        for (Future<Exchange> f : sends) {
            Exchange e = f.get();
            assertThat(e.getException()).isNull();
            ids.add(e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        }
        assertThat(Set.copyOf(ids)).hasSize(1000);
        assertThat(server.requestCount()).as("one request each, no retry").isEqualTo(1000);
        assertThat(mobildev.signedNonces()).as("the nonces the sandbox saw").hasSize(1000).doesNotHaveDuplicates();
        assertThat(mobildev.recentNonces()).as("all kept for replay detection").hasSize(1000);
        assertThat(mobildev.refusals("nonce_already_used")).isZero();
        assertThat(mobildev.refusals("timestamp_expired")).isZero();
        assertThat(mobildev.refusals("invalid_signature")).isZero();
        assertThat(mobildev.acceptedMessages()).hasSize(1000);
        assertThat(mobildev.acceptedMessages().stream().map(MobildevMessage::texts).distinct()).hasSize(1000);
    }

    @Test
    void aClockFiveMinutesBehindIsCorrectedFromTheServersDateAndTheRequestSignedAgainOnce() {
        context.getRegistry().bind("slowClock", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-5)));

        ok("mobildev:send", "bir", TO);
        assertThat(server.requestCount()).as("refused once, then accepted").isEqualTo(2);
        assertThat(mobildev.refusals("timestamp_expired")).isEqualTo(1);
        assertThat(mobildev.signedNonces()).as("the second attempt had a new nonce").doesNotHaveDuplicates()
                .hasSize(2);

        ok("mobildev:send", "iki", TO);
        ok("mobildev:status", null, Map.of(SmsHeaders.MESSAGE_ID,
                mobildev.acceptedMessages().get(0).id));
        assertThat(server.requestCount()).as("the correction is kept for every endpoint").isEqualTo(4);
        assertThat(mobildev.acceptedMessages()).hasSize(2);
    }

    @Test
    void aClockAheadIsCorrectedToo() {
        context.getRegistry().bind("fastClock", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(7)));
        ok("mobildev:send?format=json", "ileri", TO);
        assertThat(mobildev.refusals("timestamp_expired")).isEqualTo(1);
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    @Test
    void aClockThatCannotBeCorrectedIsSignedAgainOnlyOnceThenTheErrorSurfaces() {
        context.getRegistry().bind("runawayClock", new RunawayClock());

        ProviderException e = failure("mobildev:send", "kaçak", TO);

        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getProviderCode()).isEqualTo("timestamp_expired");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(e.getRemedy()).contains("NTP");
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(mobildev.signedNonces()).doesNotHaveDuplicates().hasSize(2);
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    /** A clock that falls ten minutes further behind every time it is read. */
    private static final class RunawayClock extends Clock {
        private final AtomicLong reads = new AtomicLong();

        @Override
        public Instant instant() {
            return Instant.now().minus(Duration.ofMinutes(10 * reads.incrementAndGet()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
