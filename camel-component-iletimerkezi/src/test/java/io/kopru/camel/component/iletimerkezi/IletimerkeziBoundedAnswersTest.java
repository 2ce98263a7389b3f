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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers are bounded in size (maxResponseSize) and in total time (connectTimeout + responseTimeout), shown with the
 * sandbox's OVERSIZED_RESPONSE and DRIPPING_RESPONSE faults over real HTTP.
 */
class IletimerkeziBoundedAnswersTest extends IletimerkeziTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5321234567");

    @Test
    void anAnswerOverOneMebibyteToASendIsRefusedAsAmbiguousBecauseTheOrderWasAccepted() {
        server.inject(Fault.OVERSIZED_RESPONSE, 1); // the true answer padded with spaces to 2 MiB: valid, too large

        ProviderException e = failure("iletimerkezi:send-sms", "Merhaba", TO);

        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.isDefinitelyNotSent()).isFalse();
        assertThat(e.getMessage()).contains("maxResponseSize (1048576 bytes)");
        assertThat(iletimerkezi.acceptedOrders()).hasSize(1);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void theSizeBoundIsConfigurable() {
        server.setOversizedLength(64 * 1024);
        server.inject(Fault.OVERSIZED_RESPONSE, 2);

        // 64 KiB of padding passes a 128 KiB bound and is parsed as the valid answer it is
        assertThat(call("iletimerkezi:get-balance?maxResponseSize=131072", null, Map.of()).getException()).isNull();

        ProviderException e = failure("iletimerkezi:get-balance?maxResponseSize=32768", null, Map.of());
        assertThat(e).isInstanceOf(ProviderUnavailableException.class); // a query: safe to repeat
        assertThat(e.getMessage()).contains("maxResponseSize (32768 bytes)");
    }

    @Test
    void anAnswerThatDripsIsCutAtTheTotalDeadlineThoughNoGapReachesTheSocketTimeout() {
        server.setDripInterval(Duration.ofMillis(100)); // ~100 bytes: over 10 s in all, never 100 ms silent
        server.inject(Fault.DRIPPING_RESPONSE, 1);
        long start = System.nanoTime();

        ProviderException e = failure("iletimerkezi:send-sms?connectTimeout=1000&responseTimeout=1000", "Merhaba", TO);

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.getMessage()).contains("deadline of 2000 ms");
        assertThat(iletimerkezi.acceptedOrders()).hasSize(1);
        // a correctness bound, not a speed claim: without the deadline the call would last the whole drip
        assertThat(elapsedMillis).isLessThan(8_000);
    }
}
