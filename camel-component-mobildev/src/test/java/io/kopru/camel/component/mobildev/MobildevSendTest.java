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

import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderPartiallySentException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.IysRecipientType;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sends and reports, end to end, in both formats. */
class MobildevSendTest extends MobildevTestSupport {

    /** XML's special characters, quotes, every Turkish letter, a CR LF, a tab and an emoji. */
    static final String HARD_TEXT = "Fiyat < 5 & \"indirim\" 'şimdi' > dün; <b>&amp;</b> ]]> çÇğĞıİöÖşŞüÜ\r\n\tson 🙂";

    @ParameterizedTest(name = "format={0}")
    @ValueSource(strings = {"xml", "json"})
    void aTextWithXmlSpecialCharactersQuotesAndTurkishLettersArrivesUnchanged(String format) {
        Exchange e = ok("mobildev:send?format=" + format, HARD_TEXT, Map.of(SmsHeaders.TO, "5056647139, 5321234567"));

        MobildevMessage accepted = mobildev.message(e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(accepted.format).isEqualToIgnoringCase(format);
        assertThat(accepted.texts()).containsExactly(HARD_TEXT, HARD_TEXT);
        if ("xml".equals(format)) {
            assertThat(accepted.encoding).as("Turkish letters and the emoji need Encoding 1").isEqualTo(1);
        }
    }

    @Test
    void campaignTextsArriveUnchangedTooAndSeveralTextsNeedXml() {
        authorize();
        // the guide's JSON campaign carries one message: several texts are refused before anything is sent
        assertThat(failure("mobildev:campaign-send?format=json", List.of(SmsMessage.of("bir", "5056647139"),
                SmsMessage.of("iki", "5321234567")), Map.of()).getMessage()).contains("use format=xml");
        assertThat(mobildev.acceptedMessages()).isEmpty();
        Exchange e = ok("mobildev:campaign-send?format=xml",
                List.of(SmsMessage.of(HARD_TEXT, "5056647139"), SmsMessage.of("İkinci <metin> & \"tırnak\"",
                        "5321234567")), Map.of());
        assertThat(mobildev.message(e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).texts())
                .containsExactly(HARD_TEXT, "İkinci <metin> & \"tırnak\"");
    }

    @Test
    void aPlainGsmTextGoesAsEncoding0() {
        Exchange e = ok("mobildev:send", "Siparis yolda", Map.of(SmsHeaders.TO, "5056647139"));
        assertThat(mobildev.message(e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).encoding).isZero();
        assertThat(e.getMessage().getHeader(MobildevConstants.SEGMENTS)).isEqualTo(1);
        assertThat(e.getMessage().getHeader(MobildevConstants.RECIPIENT_COUNT)).isEqualTo(1);
    }

    @Test
    void anSmsMessageCarriesItsOriginatorScheduleAndIysSettings() {
        LocalDateTime local = LocalDateTime.now(ZoneId.of("Europe/Istanbul")).plusDays(1).withSecond(0).withNano(0);
        Instant at = local.atZone(ZoneId.of("Europe/Istanbul")).toInstant();
        Exchange e = ok("mobildev:send", SmsMessage.builder().to("05321234567").text("Yeni sezon").sender("KOPRU")
                .sendAt(at).commercial(true).recipientType(IysRecipientType.BIREYSEL).build(), Map.of());

        MobildevMessage m = mobildev.message(e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(m.originator).isEqualTo("KOPRU");
        assertThat(m.sendAt).isEqualTo(at);
        assertThat(m.messageType).isEqualTo("C");
        assertThat(m.recipientType).isEqualTo("B");
        assertThat(m.numbers()).containsExactly("5321234567");
    }

    @Test
    void theSenderHeaderAndOptionBecomeTheOriginator() {
        Exchange header = ok("mobildev:send?sender=MOBILDEV", "a",
                Map.of(SmsHeaders.TO, "5321234567", SmsHeaders.SENDER, "KOPRU"));
        Exchange option = ok("mobildev:send?sender=MOBILDEV", "b", Map.of(SmsHeaders.TO, "5321234567"));
        // the guide's JSON has no originator field: refused before anything is sent
        assertThat(failure("mobildev:send?sender=MOBILDEV&format=json", "c", Map.of(SmsHeaders.TO, "5321234567"))
                .getMessage()).contains("use format=xml");
        assertThat(mobildev.message(header.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).originator)
                .isEqualTo("KOPRU");
        assertThat(mobildev.message(option.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).originator)
                .isEqualTo("MOBILDEV");
    }

    @Test
    void moreThanAThousandNumbersAreSentInRequestsOfAThousandAndEveryIdIsReported() {
        List<String> numbers = numbers(2500);
        Exchange e = ok("mobildev:send", "Duyuru", Map.of(SmsHeaders.TO, numbers));

        assertThat(server.requestCount()).isEqualTo(3);
        List<MobildevMessage> accepted = mobildev.acceptedMessages();
        assertThat(accepted).extracting(m -> m.recipients.size()).containsExactly(1000, 1000, 500);
        List<String> ids = accepted.stream().map(m -> m.id).toList();
        SmsSendResult result = e.getMessage().getBody(SmsSendResult.class);
        assertThat(result.getMessageIds()).containsExactlyElementsOf(ids);
        assertThat(result.getRecipientCount()).isEqualTo(2500);
        assertThat(e.getMessage().getHeader(MobildevConstants.MESSAGE_IDS)).isEqualTo(ids);
        assertThat(e.getMessage().getHeader(SmsHeaders.MESSAGE_ID)).isEqualTo(ids.get(0));
        assertThat(accepted.stream().flatMap(m -> m.numbers().stream()).toList()).containsExactlyElementsOf(numbers);
    }

    @Test
    void aSplitSendThatFailsPartWaySaysExactlyWhatWasSentAndWhatWasNot() {
        mobildev.setTransactionalRateLimit(2, Duration.ofMinutes(1));
        List<String> numbers = numbers(2500);
        Exchange e = call("mobildev:send", "Duyuru", Map.of(SmsHeaders.TO, numbers));

        assertThat(e.getException()).isInstanceOfSatisfying(ProviderPartiallySentException.class, p -> {
            assertThat(p.isDefinitelyNotSent()).isFalse();
            assertThat(p.getAcceptedIds()).containsExactlyElementsOf(mobildev.acceptedMessages().stream()
                    .map(m -> m.id).toList()).hasSize(2);
            assertThat(p.getAcceptedRecipients()).isEqualTo(2000);
            assertThat(p.getRecipientsNotSent()).containsExactlyElementsOf(numbers.subList(2000, 2500));
            assertThat(p.getRecipientsUncertain()).isEmpty();
            assertThat(p.getCause()).isInstanceOf(ProviderRateLimitException.class);
            assertThat(p.getProviderCode()).isEqualTo("rate_limit_exceeded");
        });
        assertThat(e.getMessage().getHeader(MobildevConstants.MESSAGE_IDS, List.class)).hasSize(2);
    }

    @ParameterizedTest(name = "format={0}")
    @ValueSource(strings = {"xml", "json"})
    void statusReturnsADeliveryReportPerRecipientAsDeliveryProgresses(String format) {
        Exchange sent = ok("mobildev:send?format=" + format, "Kod: 1234",
                Map.of(SmsHeaders.TO, "5056647139,5321234599"));
        String id = sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);

        List<DeliveryReport> pending = reports(ok("mobildev:status?format=" + format, null,
                Map.of(SmsHeaders.MESSAGE_ID, id)));
        assertThat(pending).extracting(DeliveryReport::getStatus).containsOnly(DeliveryStatus.PENDING);
        assertThat(pending).extracting(DeliveryReport::getRecipient).containsExactly("5056647139", "5321234599");

        mobildev.deliverAll();
        List<DeliveryReport> done = reports(ok("mobildev:status?format=" + format, id, Map.of()));
        assertThat(done).extracting(DeliveryReport::getStatus)
                .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED);
        assertThat(done).allSatisfy(r -> {
            assertThat(r.getProvider()).isEqualTo("mobildev");
            assertThat(r.getMessageId()).isEqualTo(id);
            assertThat(r.getTime()).isNotNull();
        });
        assertThat(done.get(0).getProviderStatusCode()).isEqualTo("2"); // the report line's own code: 2 delivered
    }

    @Test
    void statusTakesTheSendResultOfASplitSendAndReportsEveryPart() {
        Exchange sent = ok("mobildev:send", "Duyuru", Map.of(SmsHeaders.TO, numbers(1001)));
        Exchange status = ok("mobildev:status", sent.getMessage().getBody(), Map.of());
        assertThat(reports(status)).hasSize(1001);
    }

    @Test
    void campaignStatusReadsTheCampaignsReports() {
        authorize();
        Exchange sent = ok("mobildev:campaign-send", "Kampanya", Map.of(SmsHeaders.TO, "5056647139,5321234567"));
        mobildev.deliverAll();
        List<DeliveryReport> reports = reports(ok("mobildev:campaign-status", null,
                Map.of(SmsHeaders.MESSAGE_ID, sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID))));
        assertThat(reports).extracting(DeliveryReport::getStatus).containsOnly(DeliveryStatus.DELIVERED).hasSize(2);
    }

    @Test
    void aTransactionalIdIsNotACampaignAndTheOtherWayRound() {
        authorize();
        String transactional = ok("mobildev:send", "x", Map.of(SmsHeaders.TO, "5056647139")).getMessage()
                .getHeader(SmsHeaders.MESSAGE_ID, String.class);
        ProviderException e = failure("mobildev:campaign-status", transactional, Map.of());
        assertThat(e.getHttpStatus()).isEqualTo(404);
        assertThat(e.getProviderCode()).isEqualTo("not_found");
    }

    @SuppressWarnings("unchecked")
    private static List<DeliveryReport> reports(Exchange e) {
        return e.getMessage().getBody(List.class);
    }

    static List<String> numbers(int n) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            numbers.add(String.format("532%07d", i));
        }
        return numbers;
    }

    static {
        // the sandbox's test key starts each test with ample credit
        assertThat(MobildevSimulator.INITIAL_CREDITS).isGreaterThan(5000);
    }
}
