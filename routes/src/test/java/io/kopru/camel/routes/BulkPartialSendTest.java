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

import io.kopru.camel.routes.bulk.BulkBatcher;
import io.kopru.camel.routes.bulk.BulkSummary;
import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.error.ProviderPartiallySentException;
import io.kopru.camel.support.error.ProviderQuotaException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch larger than one request of its provider (Mobildev takes 1000 numbers; this batch has 1500): the component
 * sends it in two requests, and when the second is refused the batch is reported as partly sent, the accepted part
 * followed and the rest parked, never failed over or resent.
 */
class BulkPartialSendTest extends RoutesTestSupport {

    @Override
    protected void configure(Properties p) {
        p.setProperty("camel.main.routes-include-pattern", "classpath:camel/sms-send.yaml,classpath:camel/sms-bulk.yaml");
        p.setProperty("kopru.sms.primary", "mobildev:send");
        p.setProperty("kopru.sms.secondary", "iletimerkezi:send-sms");
        p.setProperty("kopru.bulk.batch-size", "1500");
    }

    @Test
    void aBatchAcceptedInPartIsReportedAsPartlySentAndItsRestParked() {
        // credit for the first request's 1000 messages, not for the second's 500
        secondary.apiKey(MobildevSimulator.API_KEY).credits(1200);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            list.append(5320000000L + i).append('\n');
        }

        Exchange exchange = template.send("direct:sms-bulk", e -> {
            e.getMessage().setBody(list.toString());
            e.getMessage().setHeader(BulkBatcher.TEXT, "one text");
            e.getMessage().setHeader(BulkBatcher.SOURCE_ID, "partial");
        });

        assertThat(exchange.getException()).isNull();
        BulkSummary summary = exchange.getMessage().getBody(BulkSummary.class);
        assertThat(summary.getParkedBatches()).isEqualTo(1);
        assertThat(summary.getPartiallySent()).singleElement().satisfies(partial -> {
            assertThat(partial.getAcceptedRecipients()).isEqualTo(1000);
            assertThat(partial.getAcceptedIds()).hasSize(1);
            assertThat(partial.getRecipientsNotSent()).hasSize(500);
            assertThat(partial.getRecipientsUncertain()).isEmpty();
            assertThat(partial.getCause()).isInstanceOf(ProviderQuotaException.class);
        });
        assertThat(secondary.acceptedMessages()).singleElement()
                .satisfies(m -> assertThat(m.recipients).hasSize(1000));
        assertThat(primary.acceptedOrders()).as("a partly sent batch is never failed over").isEmpty();

        // the accepted part is followed under its id; only the 500 others are parked
        ProviderPartiallySentException partial = summary.getPartiallySent().get(0);
        List<PendingDelivery> due = store().due(10);
        assertThat(due).anySatisfy(d -> {
            assertThat(d.getState()).isEqualTo(PendingDelivery.State.TRACKED);
            assertThat(d.getMessageId()).isEqualTo(partial.getAcceptedIds().get(0));
        });
        assertThat(due).anySatisfy(d -> {
            assertThat(d.getState()).isEqualTo(PendingDelivery.State.PARKED);
            assertThat(d.getMessage().getTo()).hasSize(500);
        });
    }
}
