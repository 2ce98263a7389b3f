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

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziOrder;
import io.kopru.camel.support.sms.IysRecipientType;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IletimerkeziSendSmsTest extends IletimerkeziTestSupport {

    @Test
    void aStringBodyWithCamelSmsToReturnsTheOrderIdInCamelSmsMessageId() {
        Exchange exchange = call("iletimerkezi:send-sms", "Siparişiniz yola çıktı",
                Map.of(SmsHeaders.TO, "5321234567, +90 533 765 43 21"));

        assertThat(exchange.getException()).isNull();
        String id = exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
        assertThat(exchange.getMessage().getHeader(SmsHeaders.PROVIDER)).isEqualTo("iletimerkezi");
        SmsSendResult result = exchange.getMessage().getBody(SmsSendResult.class);
        assertThat(result.getMessageId()).isEqualTo(id);
        assertThat(result.getRecipientCount()).isEqualTo(2);
        assertThat(result.getSegments()).isEqualTo(1);

        IletimerkeziOrder order = iletimerkezi.order(id);
        assertThat(order.sender).isEqualTo("ACME");
        assertThat(order.iys).isFalse();
        assertThat(order.parts).singleElement().satisfies(p -> {
            assertThat(p.text).isEqualTo("Siparişiniz yola çıktı");
            assertThat(p.recipients).containsExactly("+905321234567", "+905337654321");
        });
    }

    @Test
    void theSenderHeaderOverridesTheOption() {
        iletimerkezi.account(io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator.API_KEY);
        Exchange exchange = call("iletimerkezi:send-sms", "hello",
                Map.of(SmsHeaders.TO, List.of("5321234567"), SmsHeaders.SENDER, "KOPRU"));
        assertThat(exchange.getException()).isNull();
        assertThat(iletimerkezi.order(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).sender)
                .isEqualTo("KOPRU");
    }

    @Test
    void anSmsMessageBodyCarriesItsOwnRecipientsScheduleAndIysSettings() {
        LocalDateTime local = LocalDateTime.now(ZoneId.of("Europe/Istanbul")).plusDays(1).withSecond(0).withNano(0);
        SmsMessage message = SmsMessage.builder().to("05321234567").text("Kampanya: %20 indirim")
                .sendAt(local.atZone(ZoneId.of("Europe/Istanbul")).toInstant())
                .commercial(true).recipientType(IysRecipientType.TACIR).build();

        Exchange exchange = call("iletimerkezi:send-sms", message, Map.of());

        assertThat(exchange.getException()).isNull();
        IletimerkeziOrder order = iletimerkezi.order(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(order.iys).isTrue();
        assertThat(order.iysList).isEqualTo("TACIR");
        assertThat(order.sendAt).isEqualTo(local.atZone(ZoneId.of("Europe/Istanbul")).toInstant());
    }

    @Test
    void commercialEndpointOptionsApplyToPlainMessages() {
        Exchange exchange = call("iletimerkezi:send-sms?commercial=true&iysList=BIREYSEL", "Yeni sezon",
                Map.of(SmsHeaders.TO, "5321234567"));
        assertThat(exchange.getException()).isNull();
        IletimerkeziOrder order = iletimerkezi.order(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(order.iys).isTrue();
        assertThat(order.iysList).isEqualTo("BIREYSEL");
    }

    @Test
    void aListOfMessagesIsOneOrderWithSeveralTexts() {
        List<SmsMessage> messages = List.of(SmsMessage.of("Merhaba Ayşe", "5321234567"),
                SmsMessage.of("Merhaba Mehmet", "5331234567", "5341234567"));

        Exchange exchange = call("iletimerkezi:send-sms", messages, Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(iletimerkezi.acceptedOrders()).hasSize(1);
        IletimerkeziOrder order = iletimerkezi.acceptedOrders().get(0);
        assertThat(order.parts).extracting(p -> p.text).containsExactly("Merhaba Ayşe", "Merhaba Mehmet");
        assertThat(exchange.getMessage().getBody(SmsSendResult.class).getRecipientCount()).isEqualTo(3);
    }

    @Test
    void theBalanceFallsPerSegmentSent() {
        long before = iletimerkezi.account(io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator.API_KEY)
                .smsCredits();
        String twoParts = "a".repeat(200);
        Exchange exchange = call("iletimerkezi:send-sms", twoParts, Map.of(SmsHeaders.TO, "5321234567,5331234567"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(IletimerkeziConstants.SEGMENTS)).isEqualTo(2);
        assertThat(iletimerkezi.account(io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator.API_KEY).smsCredits())
                .isEqualTo(before - 4);
    }
}
