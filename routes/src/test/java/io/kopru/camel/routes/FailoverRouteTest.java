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
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FailoverRouteTest extends RoutesTestSupport {

    private Exchange send(String text) {
        return template.send("direct:sms", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        });
    }

    @Test
    void aDefiniteFailureAtThePrimarySendsThroughTheSecondaryExactlyOnce() {
        primaryServer.inject(Fault.STATUS_503, "/v1/send-sms", 1);

        Exchange exchange = send("failover 1");

        assertThat(exchange.getException()).isNull();
        assertThat(primary.acceptedMessageCount() + secondary.acceptedMessages().size())
                .as("accepted across both sandboxes").isEqualTo(1);
        assertThat(secondary.acceptedMessages()).singleElement()
                .satisfies(m -> assertThat(m.recipients.get(0).text).isEqualTo("failover 1"));
        assertThat(exchange.getMessage().getHeader(SmsHeaders.PROVIDER)).isEqualTo("mobildev");
    }

    @Test
    void refusedCredentialsAtThePrimaryFailOverToo() {
        primary.account(IletimerkeziSimulator.API_KEY).apiAccessAllowed(false);
        assertThat(send("failover 2").getException()).isNull();
        assertThat(primary.acceptedOrders()).isEmpty();
        assertThat(secondary.acceptedMessages()).hasSize(1);
    }

    @Test
    void anAmbiguousFailureIsNotFailedOverAndThePollReconcilesIt() {
        // the primary accepts the order, then answers too late: the outcome is unknown to the route
        primaryServer.setSlowDelay(Duration.ofMillis(2500));
        primaryServer.inject(Fault.SLOW_RESPONSE, "/v1/send-sms", 1);

        Exchange exchange = send("ambiguous 1");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).startsWith("parked-");
        assertThat(secondary.acceptedMessages()).as("never failed over").isEmpty();
        assertThat(primary.acceptedOrders()).hasSize(1);
        String orderId = primary.acceptedOrders().get(0).id;

        // the poll finds the accepted order, follows it, and publishes its reports
        primary.deliverAll();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(reports).anySatisfy(r -> {
                    assertThat(r.getMessageId()).isEqualTo(orderId);
                    assertThat(r.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
                }));
        assertThat(primary.acceptedMessageCount() + secondary.acceptedMessages().size()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> store().size() == 0);
    }

    @Test
    void anAmbiguousFailureAtTheSecondaryStaysParkedAndIsNeverResent() throws Exception {
        primaryServer.inject(Fault.STATUS_503, "/v1/send-sms", 1);
        secondaryServer.setSlowDelay(Duration.ofMillis(2500));
        secondaryServer.inject(Fault.SLOW_RESPONSE, "/v1/transactional/send", 1);

        Exchange exchange = send("ambiguous at the secondary");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SmsHeaders.PROVIDER)).isEqualTo("mobildev");
        assertThat(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).startsWith("parked-");
        // Mobildev cannot be asked about a message without its id: the poll keeps it parked and never resends it
        Thread.sleep(4000);
        assertThat(store().due(10)).singleElement().satisfies(d -> {
            assertThat(d.getState()).isEqualTo(PendingDelivery.State.PARKED);
            assertThat(d.getProvider()).isEqualTo("mobildev");
            assertThat(d.getLastPolledAt()).isNotNull();
        });
        assertThat(secondary.acceptedMessages()).hasSize(1);
        assertThat(primary.acceptedOrders()).isEmpty();
    }
}
