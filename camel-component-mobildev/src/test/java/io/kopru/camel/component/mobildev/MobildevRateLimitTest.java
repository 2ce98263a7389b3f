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

import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The client-side limiter keeps a route under Mobildev's limit instead of bouncing off it. */
class MobildevRateLimitTest extends MobildevTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5321234567");

    @Test
    void withTheLimiterARouteStaysUnderTheProvidersLimitAndWithoutItItBouncesOffIt() {
        mobildev.setTransactionalRateLimit(3, Duration.ofSeconds(2));
        // without the limiter: the fourth send within the window is refused
        for (int i = 0; i < 3; i++) {
            ok("mobildev:send", "hızlı " + i, TO);
        }
        assertThat(call("mobildev:send", "hızlı 3", TO).getException()).isInstanceOf(ProviderRateLimitException.class);

        // with it, on another key (the provider counts per key): every send waits its turn and is accepted
        mobildev.addApiKey("limited_key", "limited_secret", Duration.ofDays(30));
        String limited = "mobildev:send?apiKey=limited_key&secretKey=limited_secret&rateLimit=3&rateLimitPeriod=2100";
        for (int i = 0; i < 7; i++) {
            Exchange e = ok(limited, "sakin " + i, TO);
            assertThat(e.getMessage().getHeader(MobildevConstants.RATE_LIMIT_LIMIT)).isEqualTo(3L);
        }
        assertThat(mobildev.refusals("rate_limit_exceeded")).isEqualTo(1);
        assertThat(mobildev.acceptedMessages()).hasSize(10);
    }

    @Test
    void aMessageThatWouldWaitLongerThanRateLimitMaxWaitFailsWithoutBeingSent() {
        String uri = "mobildev:send?rateLimit=1&rateLimitPeriod=60000&rateLimitMaxWait=0";
        ok(uri, "bir", TO);
        ProviderException e = failure(uri, "iki", TO);
        assertThat(e).isInstanceOf(ProviderRateLimitException.class);
        assertThat(e.getHttpStatus()).isZero();
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void theDocumentedLimitIsTheDefaultOfTheSandbox() {
        Exchange e = ok("mobildev:send?rateLimit=5000&rateLimitPeriod=60000", "x", TO);
        assertThat(e.getMessage().getHeader(MobildevConstants.RATE_LIMIT_LIMIT))
                .isEqualTo((long) MobildevSimulator.TRANSACTIONAL_LIMIT_PER_MINUTE);
        assertThat(e.getMessage().getHeader(MobildevConstants.RATE_LIMIT_REMAINING)).isEqualTo(4999L);
    }
}
