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

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeliveryPollRouteTest extends RoutesTestSupport {

    @Override
    protected void configure(Properties properties) {
        // status queries may take longer than the 1 s schedule without timing out
        properties.setProperty("camel.component.iletimerkezi.response-timeout", "6000");
    }

    private String send(String to) {
        Exchange exchange = template.send("direct:sms", e -> {
            e.getMessage().setBody("poll " + to);
            e.getMessage().setHeader(SmsHeaders.TO, to);
        });
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
    }

    @Test
    void publishesEachChangeUntilFinalThenStopsPollingThatId() throws Exception {
        primary.setDeliveryDelay(Duration.ofHours(1));
        String delivered = send("5321234567");
        String undelivered = send("5321234599");

        // first rounds: both pending, reported once each
        await().atMost(Duration.ofSeconds(15)).until(() -> reports.size() == 2);
        assertThat(reports).extracting(DeliveryReport::getStatus).containsOnly(DeliveryStatus.PENDING);
        Thread.sleep(2500); // more rounds: no change, nothing new published
        assertThat(reports).hasSize(2);

        primary.deliverAll();
        await().atMost(Duration.ofSeconds(15)).until(() -> reports.size() == 4);
        List<DeliveryReport> finals = reports.subList(2, 4);
        assertThat(finals.stream().collect(Collectors.toMap(DeliveryReport::getMessageId, DeliveryReport::getStatus)))
                .containsEntry(delivered, DeliveryStatus.DELIVERED)
                .containsEntry(undelivered, DeliveryStatus.UNDELIVERED);
        assertThat(store().size()).as("final deliveries leave the store").isZero();

        int polled = primaryServer.requestCount("/v1/get-report/json");
        Thread.sleep(2500);
        assertThat(primaryServer.requestCount("/v1/get-report/json")).as("no more polling of final ids")
                .isEqualTo(polled);
        assertThat(reports).hasSize(4);
    }

    @Test
    void aSecondPollNeverStartsWhileOneRuns() throws Exception {
        send("5321234567");
        // every status query now takes 3 s: a round outlasts the 1 s schedule
        primaryServer.setSlowDelay(Duration.ofSeconds(3));
        primaryServer.inject(Fault.SLOW_RESPONSE, "/v1/get-report", 5);
        int before = primaryServer.requestCount("/v1/get-report/json");

        Thread.sleep(7000);

        int queries = primaryServer.requestCount("/v1/get-report/json") - before;
        // with overlapping rounds, a 1 s schedule would have started ~7 queries; one at a time allows at most 3
        assertThat(queries).isBetween(1, 3);
        assertThat(poller().getOverlapsRefused()).as("Quartz never even started an overlapping round").isZero();
    }
}
