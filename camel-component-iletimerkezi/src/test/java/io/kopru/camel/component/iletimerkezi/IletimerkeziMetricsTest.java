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
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider metrics of a send, over real HTTP against the sandbox, recorded into the MeterRegistry bound in the
 * Camel registry: each outcome moves its meter, with the provider's and the operation's tags.
 */
class IletimerkeziMetricsTest extends IletimerkeziTestSupport {

    private static final String SEND = "iletimerkezi:send-sms";
    private static final AtomicInteger TEXTS = new AtomicInteger();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Binds the registry as camel-micrometer names it; the producers look it up when they start. */
    private void bindRegistry() {
        context.getRegistry().bind("metricsRegistry", meters);
    }

    /** A text never sent before (the sandbox, as iletiMerkezi, refuses the same text to the same number as 451). */
    private static String text() {
        return "Siparişiniz yolda " + TEXTS.incrementAndGet();
    }

    private Exchange send(String uri, String to) {
        return call(uri, text(), Map.of(SmsHeaders.TO, to));
    }

    private double counter(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long timed(String name, String... tags) {
        Timer timer = meters.find(name).tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void anAcceptedSendCountsTheSendItsRecipientsAndSegmentsAndTimesItsRequest() {
        bindRegistry();
        assertThat(send(SEND, "5321234567, 5331234567").getException()).isNull();

        String[] tags = {"provider", "iletimerkezi", "operation", "send-sms"};
        assertThat(counter("kopru.sms.sent", "provider", "iletimerkezi", "operation", "send-sms", "outcome", "accepted"))
                .isEqualTo(1);
        assertThat(counter("kopru.sms.recipients", tags)).isEqualTo(2);
        assertThat(counter("kopru.sms.segments", tags)).as("one part to each of two recipients").isEqualTo(2);
        Timer requests = meters.find("kopru.provider.requests").tags(tags).tags("status", "200", "outcome", "SUCCESS")
                .timer();
        assertThat(requests).isNotNull();
        assertThat(requests.count()).isEqualTo(1);
        assertThat(requests.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(meters.find("kopru.sms.refused").meters()).isEmpty();
        assertThat(meters.find("kopru.sms.ambiguous").meters()).isEmpty();
        assertThat(meters.find("kopru.provider.throttled").meters()).isEmpty();
    }

    @Test
    void aSendTheProviderRefusesIsCountedByItsErrorType() {
        bindRegistry();
        ProviderException refused = failure(SEND + "?secretKey=not-the-hash", text(), Map.of(SmsHeaders.TO, "5321234567"));
        assertThat(refused).isInstanceOf(ProviderAuthenticationException.class);

        assertThat(counter("kopru.sms.refused", "provider", "iletimerkezi", "operation", "send-sms",
                "error", "ProviderAuthenticationException")).isEqualTo(1);
        assertThat(counter("kopru.sms.sent", "outcome", "refused")).isEqualTo(1);
        assertThat(counter("kopru.sms.sent", "outcome", "accepted")).isZero();
        assertThat(counter("kopru.sms.recipients")).isZero();
        assertThat(timed("kopru.provider.requests", "operation", "send-sms",
                "status", String.valueOf(refused.getHttpStatus()), "outcome", "CLIENT_ERROR")).isEqualTo(1);
    }

    @Test
    void aSendRefusedBeforeItLeftIsCountedAsRefusedWithoutARequest() {
        bindRegistry();
        ProviderException refused = failure(SEND, text(), Map.of(SmsHeaders.TO, "123"));
        assertThat(refused).isInstanceOf(ProviderValidationException.class);

        assertThat(counter("kopru.sms.refused", "provider", "iletimerkezi", "operation", "send-sms",
                "error", "ProviderValidationException")).isEqualTo(1);
        assertThat(meters.find("kopru.provider.requests").meters()).as("nothing left the machine").isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aSendWhoseAnswerIsLostIsCountedAmbiguous() {
        bindRegistry();
        server.inject(Fault.DROP_AFTER_PROCESSING, "/v1/send-sms", 1);
        ProviderException lost = failure(SEND, text(), Map.of(SmsHeaders.TO, "5321234567"));
        assertThat(lost).isInstanceOf(ProviderAmbiguousResultException.class);

        assertThat(counter("kopru.sms.ambiguous", "provider", "iletimerkezi", "operation", "send-sms",
                "error", "ProviderAmbiguousResultException")).isEqualTo(1);
        assertThat(counter("kopru.sms.sent", "provider", "iletimerkezi", "outcome", "ambiguous")).isEqualTo(1);
        assertThat(meters.find("kopru.sms.refused").meters()).isEmpty();
        assertThat(timed("kopru.provider.requests", "provider", "iletimerkezi", "operation", "send-sms",
                "status", "IO_ERROR", "outcome", "UNKNOWN")).isEqualTo(1);
    }

    @Test
    void aTooManyRequestsAnswerIsCountedAsThrottled() {
        bindRegistry();
        iletimerkezi.setRateLimit(1, Duration.ofMinutes(1));
        assertThat(send(SEND, "5321234567").getException()).isNull();
        ProviderException throttled = failure(SEND, text(), Map.of(SmsHeaders.TO, "5321234567"));
        assertThat(throttled).isInstanceOf(ProviderRateLimitException.class);
        assertThat(throttled.getHttpStatus()).isEqualTo(429);

        assertThat(counter("kopru.provider.throttled", "provider", "iletimerkezi", "operation", "send-sms"))
                .isEqualTo(1);
        assertThat(timed("kopru.provider.requests", "operation", "send-sms", "status", "429")).isEqualTo(1);
        assertThat(counter("kopru.sms.refused", "error", "ProviderRateLimitException")).isEqualTo(1);
    }

    @Test
    void aRequestTheClientLimiterHeldIsCountedAsALimiterWait() {
        bindRegistry();
        String limited = SEND + "?rateLimit=1&rateLimitPeriod=300";
        assertThat(send(limited, "5321234567").getException()).isNull();
        assertThat(meters.find("kopru.client.limiter.waits").meters()).as("the first request found its slot free")
                .isEmpty();

        assertThat(send(limited, "5321234567").getException()).isNull();

        Timer waits = meters.find("kopru.client.limiter.waits")
                .tags("provider", "iletimerkezi", "operation", "send-sms", "outcome", "acquired").timer();
        assertThat(waits).isNotNull();
        assertThat(waits.count()).isEqualTo(1);
        assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).as("the slot serves again a period after the answer")
                .isGreaterThan(100);
        assertThat(counter("kopru.sms.sent", "outcome", "accepted")).isEqualTo(2);
    }

    @Test
    void aRequestTheClientLimiterRefusedIsCountedAsARefusedWaitAndNeverSent() {
        bindRegistry();
        String limited = SEND + "?rateLimit=1&rateLimitPeriod=60000&rateLimitMaxWait=0";
        assertThat(send(limited, "5321234567").getException()).isNull();
        ProviderException refused = failure(limited, text(), Map.of(SmsHeaders.TO, "5321234567"));
        assertThat(refused).isInstanceOf(ProviderRateLimitException.class);

        assertThat(timed("kopru.client.limiter.waits", "provider", "iletimerkezi", "operation", "send-sms",
                "outcome", "refused")).isEqualTo(1);
        assertThat(timed("kopru.provider.requests", "operation", "send-sms")).as("only the first one was sent")
                .isEqualTo(1);
        assertThat(counter("kopru.sms.refused", "error", "ProviderRateLimitException")).isEqualTo(1);
        assertThat(meters.find("kopru.provider.throttled").meters()).as("no 429 seen: the limiter kept it back")
                .isEmpty();
    }

    @Test
    void aQueryIsTimedUnderItsOperationAndCountsNoSend() {
        // not under camel-micrometer's name: the one MeterRegistry of the registry is found by its type
        context.getRegistry().bind("myMeters", meters);
        assertThat(call("iletimerkezi:get-balance", null, Map.of()).getException()).isNull();

        assertThat(timed("kopru.provider.requests", "provider", "iletimerkezi", "operation", "get-balance",
                "status", "200")).isEqualTo(1);
        assertThat(meters.find("kopru.sms.sent").meters()).isEmpty();
    }

    @Test
    void withoutARegistryNothingIsRecordedAndNothingFails() {
        assertThat(send(SEND, "5321234567").getException()).isNull();
        server.inject(Fault.DROP_AFTER_PROCESSING, "/v1/send-sms", 1);
        assertThat(failure(SEND, text(), Map.of(SmsHeaders.TO, "5321234567")))
                .isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(meters.getMeters()).extracting(Meter::getId).isEmpty();
        assertThat(iletimerkezi.acceptedOrders()).hasSize(2);
    }
}
