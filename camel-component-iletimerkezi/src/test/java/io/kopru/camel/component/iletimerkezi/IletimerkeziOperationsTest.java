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

import io.kopru.camel.component.iletimerkezi.api.IletimerkeziBalance;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziOrderSummary;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IletimerkeziOperationsTest extends IletimerkeziTestSupport {

    private String send(Object body, Map<String, Object> headers) {
        Exchange exchange = call("iletimerkezi:send-sms", body, headers);
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
    }

    @Test
    void getReportFollowsMessagesFromPendingToDeliveredOrUndelivered() {
        String id = send("Kargonuz yolda", Map.of(SmsHeaders.TO, "5321234567,5321234599"));

        Exchange pending = call("iletimerkezi:get-report", null, Map.of(SmsHeaders.MESSAGE_ID, id));
        IletimerkeziReport report = pending.getMessage().getBody(IletimerkeziReport.class);
        assertThat(pending.getMessage().getHeader(IletimerkeziConstants.ORDER_STATUS)).isEqualTo(113);
        assertThat(report.getReports()).extracting(DeliveryReport::getStatus)
                .containsOnly(DeliveryStatus.PENDING);
        assertThat(report.isFinal()).isFalse();

        iletimerkezi.deliverAll();
        report = call("iletimerkezi:get-report", id, Map.of()).getMessage().getBody(IletimerkeziReport.class);
        assertThat(report.getOrderStatus()).isEqualTo(IletimerkeziReport.FINISHED);
        assertThat(report.isFinal()).isTrue();
        Map<String, DeliveryStatus> byNumber = report.getReports().stream()
                .collect(Collectors.toMap(DeliveryReport::getRecipient, DeliveryReport::getStatus));
        assertThat(byNumber).containsEntry("+905321234567", DeliveryStatus.DELIVERED)
                .containsEntry("+905321234599", DeliveryStatus.UNDELIVERED);
        assertThat(report.getReports()).allSatisfy(r -> {
            assertThat(r.getProvider()).isEqualTo("iletimerkezi");
            assertThat(r.getMessageId()).isEqualTo(id);
            assertThat(r.getTime()).isNotNull();
        });
    }

    @Test
    void messagesAreDeliveredAsTimePasses() {
        String id = send("Zamanla", Map.of(SmsHeaders.TO, "5321234567"));
        SANDBOX.sandbox().clock().advance(Duration.ofSeconds(5));
        IletimerkeziReport report = call("iletimerkezi:get-report", id, Map.of()).getMessage()
                .getBody(IletimerkeziReport.class);
        assertThat(report.getReports()).extracting(DeliveryReport::getStatus).containsExactly(DeliveryStatus.DELIVERED);
    }

    @Test
    void getReportPagesThroughOrdersOfMoreThanAThousandRecipients() {
        List<String> numbers = IntStream.range(0, 1_205).mapToObj(i -> String.format("53%08d", i))
                .collect(Collectors.toList());
        String id = send("Toplu duyuru", Map.of(SmsHeaders.TO, numbers));
        IletimerkeziReport report = call("iletimerkezi:get-report", id, Map.of()).getMessage()
                .getBody(IletimerkeziReport.class);
        assertThat(report.getReports()).hasSize(1_205);
        assertThat(server.requestCount("/v1/get-report/json")).isEqualTo(2);
    }

    @Test
    void aScheduledOrderIsPendingUntilItsTimeAndCanBeCancelled() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        String id = send(SmsMessage.builder().to("5321234567").text("Yarın görüşmek üzere").sendAt(tomorrow).build(),
                Map.of());
        long creditsAfterSend = iletimerkezi.account(IletimerkeziSimulator.API_KEY).smsCredits();

        IletimerkeziReport scheduled = call("iletimerkezi:get-report", id, Map.of()).getMessage()
                .getBody(IletimerkeziReport.class);
        assertThat(scheduled.isScheduled()).isTrue();
        assertThat(scheduled.isFinal()).isFalse();

        Exchange cancelled = call("iletimerkezi:cancel-order", null, Map.of(SmsHeaders.MESSAGE_ID, id));
        assertThat(cancelled.getException()).isNull();
        assertThat(iletimerkezi.order(id).isCancelled()).isTrue();
        assertThat(iletimerkezi.account(IletimerkeziSimulator.API_KEY).smsCredits()).isEqualTo(creditsAfterSend + 1);

        IletimerkeziReport after = call("iletimerkezi:get-report", id, Map.of()).getMessage()
                .getBody(IletimerkeziReport.class);
        assertThat(after.getOrderStatus()).isEqualTo(IletimerkeziReport.NOT_SENT);
        assertThat(after.getReports()).extracting(DeliveryReport::getStatus).containsOnly(DeliveryStatus.FAILED);

        ProviderException again = failure("iletimerkezi:cancel-order", id, Map.of());
        assertThat(again.getProviderCode()).isEqualTo("455");
    }

    @Test
    void anOrderAlreadySendingCannotBeCancelled() {
        String id = send("Hemen", Map.of(SmsHeaders.TO, "5321234567"));
        assertThat(failure("iletimerkezi:cancel-order", id, Map.of()).getProviderCode()).isEqualTo("455");
    }

    @Test
    void getReportsListsTheOrdersOfADateRange() {
        for (int i = 0; i < 35; i++) {
            send("Duyuru " + i, Map.of(SmsHeaders.TO, "5321234567"));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Istanbul"));
        Exchange exchange = call("iletimerkezi:get-reports", null, Map.of(IletimerkeziConstants.START_DATE,
                today.minusDays(1), IletimerkeziConstants.END_DATE, today.toString()));
        @SuppressWarnings("unchecked")
        List<IletimerkeziOrderSummary> orders = exchange.getMessage().getBody(List.class);
        assertThat(orders).hasSize(35);
        assertThat(orders.get(0).getSender()).isEqualTo("ACME");
        assertThat(orders.get(0).getTotal()).isEqualTo(1);
        assertThat(server.requestCount("/v1/get-reports/json")).as("30 orders a page").isEqualTo(2);
    }

    @Test
    void getBalanceReportsCredits() {
        Exchange exchange = call("iletimerkezi:get-balance", null, Map.of());
        IletimerkeziBalance balance = exchange.getMessage().getBody(IletimerkeziBalance.class);
        assertThat(balance.getSms()).isEqualTo(IletimerkeziSimulator.INITIAL_CREDITS);
        assertThat(balance.getAmount()).isPositive();
        assertThat(exchange.getMessage().getHeader(IletimerkeziConstants.BALANCE_SMS))
                .isEqualTo(IletimerkeziSimulator.INITIAL_CREDITS);
    }

    @Test
    void getSenderListsTheApprovedSenders() {
        assertThat(call("iletimerkezi:get-sender", null, Map.of()).getMessage().getBody(List.class))
                .containsExactly("ACME", "KOPRU");
    }

    @Test
    void theBlacklistCanBeReadAddedToAndDeletedFrom() {
        assertThat(call("iletimerkezi:add-blacklist", "0532 123 45 67", Map.of()).getMessage().getBody())
                .isEqualTo("+905321234567");
        assertThat(call("iletimerkezi:add-blacklist", "+4915112345678", Map.of()).getException()).isNull();
        assertThat(call("iletimerkezi:get-blacklist", null, Map.of()).getMessage().getBody(List.class))
                .containsExactly("+905321234567", "+4915112345678");

        // a blacklisted recipient is refused by the provider
        assertThat(failure("iletimerkezi:send-sms", "x", Map.of(SmsHeaders.TO, "5321234567")).getProviderCode())
                .isEqualTo("452");

        assertThat(call("iletimerkezi:delete-blacklist", "5321234567", Map.of()).getException()).isNull();
        assertThat(call("iletimerkezi:get-blacklist", null, Map.of()).getMessage().getBody(List.class))
                .containsExactly("+4915112345678");
    }
}
