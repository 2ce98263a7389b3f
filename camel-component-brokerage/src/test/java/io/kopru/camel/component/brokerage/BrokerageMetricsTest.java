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
package io.kopru.camel.component.brokerage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that sends no SMS gets the provider-level meters: its calls timed under their operation, the account's
 * token calls under {@code operation=token}, and every token renewal counted by grant.
 */
class BrokerageMetricsTest extends BrokerageTestSupport {

    private static final String ORDERS = "brokerage:call?path=/orders";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private double renewals(String grant, String outcome) {
        Counter counter = meters.find("kopru.token.renewals")
                .tags("provider", "brokerage", "operation", "token", "grant", grant, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private long requests(String operation, String status) {
        Timer timer = meters.find("kopru.provider.requests")
                .tags("provider", "brokerage", "operation", operation, "status", status).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void theLoginAndTheRefreshAreCountedAsTokenRenewals() {
        context.getRegistry().bind("metricsRegistry", meters);
        ok(ORDERS, null, Map.of());
        ok(ORDERS, null, Map.of());
        assertThat(renewals("login", "success")).isEqualTo(1);
        assertThat(renewals("refresh", "success")).isZero();

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(61)); // the access token expires: a refresh is due
        ok(ORDERS, null, Map.of());

        assertThat(renewals("login", "success")).isEqualTo(1);
        assertThat(renewals("refresh", "success")).isEqualTo(1);
        assertThat(brokerage.authentications()).isEqualTo(1);
        assertThat(brokerage.refreshes()).isEqualTo(1);
        assertThat(requests("token", "200")).as("the authenticate and refresh calls").isEqualTo(2);
        assertThat(requests("call", "200")).isEqualTo(3);
        assertThat(meters.find("kopru.sms.sent").meters()).as("no SMS meters for a provider that sends none")
                .isEmpty();
    }

    @Test
    void aRefusedLoginIsCountedAsAFailedRenewal() {
        context.getRegistry().bind("metricsRegistry", meters);
        failure(ORDERS + "&secretKey=not-the-secret", null, Map.of());

        assertThat(renewals("login", "failure")).isEqualTo(1);
        assertThat(renewals("login", "success")).isZero();
    }
}
