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
package io.kopru.camel.routes;

import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReconciliationRouteTest extends RoutesTestSupport {

    @Override
    protected void configure(Properties properties) {
        properties.setProperty("kopru.poll.reconcile-grace-seconds", "3");
    }

    @Test
    void aParkedSendTheProviderNeverAcceptedIsSentOnceMoreAfterTheGracePeriod() {
        // dropped before processing: nothing was accepted, but the route cannot know (no answer after sending)
        primaryServer.inject(Fault.DROP_BEFORE_PROCESSING, "/v1/send-sms", 1);
        Exchange exchange = template.send("direct:sms", e -> {
            e.getMessage().setBody("dropped 1");
            e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        });
        assertThat(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).startsWith("parked-");
        assertThat(store().due(10)).singleElement()
                .satisfies(d -> assertThat(d.getState()).isEqualTo(PendingDelivery.State.PARKED));
        assertThat(primary.acceptedOrders()).isEmpty();

        // the poll finds no such order; after the grace period it hands the message back to the send route, once
        await().atMost(Duration.ofSeconds(20)).until(() -> primary.acceptedOrders().size() == 1);
        assertThat(primary.acceptedOrders().get(0).parts.get(0).text).isEqualTo("dropped 1");
        assertThat(secondary.acceptedMessages()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> store().due(10).stream()
                .allMatch(d -> d.getState() == PendingDelivery.State.TRACKED));
        assertThat(primary.acceptedOrders()).hasSize(1);
    }
}
