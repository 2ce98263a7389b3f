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
import io.kopru.camel.routes.bulk.BulkSendIncompleteException;
import io.kopru.camel.routes.bulk.BulkSummary;
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziOrder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk route (sms-bulk.yaml) against the two sandboxes: iletiMerkezi primary, Mobildev secondary. */
class BulkRouteTest extends RoutesTestSupport {

    static final String CAMPAIGN = "Kampanya: bu hafta her sey yuzde 20 indirimli";
    static final String OWN = "Sayin musterimiz, siparisiniz yolda";

    @Override
    protected void configure(Properties p) {
        p.setProperty("camel.main.routes-include-pattern", "classpath:camel/sms-send.yaml,classpath:camel/sms-bulk.yaml");
    }

    /** {@code count} distinct numbers; every tenth line carries its own text. */
    static String list(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(5320000000L + i);
            if (i % 10 == 0) {
                b.append(BulkBatcher.SEPARATOR).append(OWN);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private Exchange bulk(String list, String sourceId) {
        return template.send("direct:sms-bulk", e -> {
            e.getMessage().setBody(list);
            e.getMessage().setHeader(BulkBatcher.TEXT, CAMPAIGN);
            e.getMessage().setHeader(BulkBatcher.SOURCE_ID, sourceId);
        });
    }

    /** Every number accepted by either sandbox, by its last ten digits, with how often. */
    private Map<String, Integer> acceptedAcrossBoth() {
        Map<String, Integer> counts = new HashMap<>();
        primary.acceptancesPerRecipient().forEach((n, c) -> counts.merge(last10(n), c, Integer::sum));
        secondary.acceptancesPerRecipient().forEach((n, c) -> counts.merge(last10(n), c, Integer::sum));
        return counts;
    }

    private static String last10(String number) {
        return number.substring(number.length() - 10);
    }

    private static void assertEachExactlyOnce(Map<String, Integer> accepted, int count) {
        assertThat(accepted).hasSize(count);
        assertThat(accepted.values()).allMatch(c -> c == 1);
        for (int i = 0; i < count; i++) {
            assertThat(accepted).containsKey(String.valueOf(5320000000L + i));
        }
    }

    @Test
    void packsTheListIntoTheLargestBatchesOfOneTextEach() {
        // 2520 lines with the campaign text, 280 with their own, one number that is not one, one blank line
        String list = list(2800) + "12345\n\n";

        Exchange exchange = bulk(list, "batching");

        assertThat(exchange.getException()).isNull();
        BulkSummary summary = exchange.getMessage().getBody(BulkSummary.class);
        List<Integer> campaignSizes = new ArrayList<>();
        List<Integer> ownSizes = new ArrayList<>();
        for (IletimerkeziOrder order : primary.acceptedOrders()) {
            assertThat(order.parts).hasSize(1);
            (order.parts.get(0).text.equals(CAMPAIGN) ? campaignSizes : ownSizes).add(order.recipientCount());
        }
        assertThat(campaignSizes).containsExactlyInAnyOrder(1000, 1000, 520);
        assertThat(ownSizes).containsExactly(280);
        assertThat(primaryServer.requestCount("/v1/send-sms/json")).as("one request per batch").isEqualTo(4);
        assertThat(secondary.acceptedMessages()).isEmpty();
        assertEachExactlyOnce(acceptedAcrossBoth(), 2800);
        assertThat(summary.getBatches()).isEqualTo(4);
        assertThat(summary.getAcceptedRecipients()).isEqualTo(2800);
        assertThat(summary.getAcceptedRecipientsByProvider()).containsExactly(Map.entry("iletimerkezi", 2800L));
        assertThat(summary.getLines().getLines()).isEqualTo(2802);
        assertThat(summary.getLines().getRejected()).isEqualTo(1);
        assertThat(summary.getLines().getRejections()).containsExactly("line 2801: not a valid mobile number");
    }

    @Test
    void aRefusedBatchFailsOverAsAUnit() {
        primaryServer.inject(Fault.STATUS_503, "/v1/send-sms", 1);

        Exchange exchange = bulk(list(2500), "failover");

        assertThat(exchange.getException()).isNull();
        BulkSummary summary = exchange.getMessage().getBody(BulkSummary.class);
        // one batch, whole, at Mobildev; every other at iletiMerkezi; each number once
        assertThat(secondary.acceptedMessages()).singleElement()
                .satisfies(m -> assertThat(m.recipients.size()).isIn(1000, 250, 750));
        int failedOver = secondary.acceptedMessages().get(0).recipients.size();
        assertThat(primary.acceptedMessageCount()).isEqualTo(2500 - failedOver);
        assertEachExactlyOnce(acceptedAcrossBoth(), 2500);
        assertThat(summary.getAcceptedRecipientsByProvider())
                .containsEntry("mobildev", (long) failedOver).containsEntry("iletimerkezi", 2500L - failedOver);
    }

    @Test
    void aBatchBothProvidersRefusedIsTheOnlyOneSentWhenTheListIsReadAgain() {
        primaryServer.inject(Fault.STATUS_503, "/v1/send-sms", 1);
        secondaryServer.inject(Fault.STATUS_503, "/v1/transactional/send", 1);

        Exchange first = bulk(list(2500), "campaign-42");

        assertThat(first.getException()).isInstanceOf(BulkSendIncompleteException.class);
        BulkSummary firstSummary = ((BulkSendIncompleteException) first.getException()).getSummary();
        assertThat(firstSummary.getFailedBatches()).isEqualTo(1);
        assertThat(firstSummary.getAcceptedBatches()).isEqualTo(firstSummary.getBatches() - 1);
        int ordersBefore = primary.acceptedOrders().size();

        // the same list again (a file left in place, a redelivered message): only the refused batch leaves
        Exchange second = bulk(list(2500), "campaign-42");

        assertThat(second.getException()).isNull();
        BulkSummary summary = second.getMessage().getBody(BulkSummary.class);
        assertThat(summary.getAlreadySentBatches()).isEqualTo(firstSummary.getBatches() - 1);
        assertThat(summary.getAcceptedBatches()).isEqualTo(1);
        assertThat(primary.acceptedOrders()).hasSize(ordersBefore + 1);
        assertEachExactlyOnce(acceptedAcrossBoth(), 2500);

        // and a third time: nothing leaves at all
        int requests = primaryServer.requestCount() + secondaryServer.requestCount();
        Exchange third = bulk(list(2500), "campaign-42");
        assertThat(third.getException()).isNull();
        assertThat(third.getMessage().getBody(BulkSummary.class).getAlreadySentBatches())
                .isEqualTo(firstSummary.getBatches());
        assertThat(primaryServer.requestCount() + secondaryServer.requestCount()).isEqualTo(requests);
        assertEachExactlyOnce(acceptedAcrossBoth(), 2500);
    }
}
