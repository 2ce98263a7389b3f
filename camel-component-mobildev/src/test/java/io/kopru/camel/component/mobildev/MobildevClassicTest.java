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

import io.kopru.camel.component.mobildev.api.MobildevFixtures;
import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** api=classic: the XML API every public client uses, over real HTTP against the sandbox. */
class MobildevClassicTest extends MobildevTestSupport {

    private static final String SEND = "mobildev:send?api=classic";
    private static final String STATUS = "mobildev:status?api=classic";
    private static final String CANCEL = "mobildev:cancel?api=classic";
    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "05321234567");

    @Test
    void aSendPostsXmlToTheRootWithTheCredentialsInsideAndAlwaysAMessageType() {
        Exchange e = ok(SEND, "Merhaba", TO);
        SmsSendResult result = e.getMessage().getBody(SmsSendResult.class);
        MobildevMessage m = mobildev.message(result.getMessageId());
        assertThat(m.channel).isEqualTo("classic"); // reached the root path, UserName/PassWord accepted
        assertThat(m.messageType).isEqualTo("N");
        assertThat(m.numbers()).containsExactly("5321234567");
        assertThat(mobildev.classicCalls("0")).isEqualTo(1);
        Exchange commercial = ok(SEND + "&commercial=true&iysList=TACIR", "Kampanya", TO);
        MobildevMessage c = mobildev.message(commercial.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(c.messageType).isEqualTo("C");
        assertThat(c.recipientType).isEqualTo("T");
    }

    @Test
    void severalMessagesGoAsOneActionOneRequestOfATextPerNumber() {
        ok(SEND, List.of(SmsMessage.of("bir", "5321234567"), SmsMessage.of("iki", "5441234567")), Map.of());
        assertThat(mobildev.classicCalls("1")).isEqualTo(1);
        assertThat(mobildev.acceptedMessages()).singleElement()
                .satisfies(m -> assertThat(m.texts()).containsExactly("bir", "iki"));
    }

    @Test
    void statusTakesAListOfIdsAndAsksTwentyFiveAtATime() {
        // nothing delivers by itself while the 30 sends go out, however slow the machine: deliverAll() delivers
        mobildev.setDeliveryDelay(Duration.ofHours(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(ok(SEND, "no " + i, TO).getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        }
        List<DeliveryReport> awaiting = reports(ok(STATUS, ids, Map.of()));
        assertThat(mobildev.classicCalls("3")).isEqualTo(2);
        assertThat(awaiting).hasSize(30).extracting(DeliveryReport::getStatus).containsOnly(DeliveryStatus.PENDING);
        assertThat(awaiting).extracting(DeliveryReport::getMessageId).containsExactlyElementsOf(ids);
        mobildev.deliverAll();
        assertThat(reports(ok(STATUS, ids, Map.of()))).extracting(DeliveryReport::getStatus)
                .containsOnly(DeliveryStatus.DELIVERED);
        // sent now: processed at once, a line awaiting the operator's report (status 1)
        assertThat(reports(ok(STATUS, ok(SEND, "x", Map.of(SmsHeaders.TO, "5321234599")).getMessage().getBody(),
                Map.of()))).singleElement().satisfies(r -> {
                    assertThat(r.getRecipient()).isEqualTo("5321234599");
                    assertThat(r.getStatus()).isEqualTo(DeliveryStatus.PENDING);
                    assertThat(r.getProviderStatusCode()).isEqualTo("1");
                });
    }

    @Test
    void aSendNotProcessedYetIsPendingNotAnError() {
        SmsMessage later = SmsMessage.builder().to("5321234567").text("yarın")
                .sendAt(Instant.now().plus(Duration.ofDays(1))).build();
        String id = ok(SEND, later, Map.of()).getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
        assertThat(reports(ok(STATUS, id, Map.of()))).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(r.getProviderStatusCode()).isEqualTo("02");
            assertThat(r.getMessageId()).isEqualTo(id);
        });
    }

    @Test
    void cancelCancelsAScheduledSendWithActionSix() {
        SmsMessage later = SmsMessage.builder().to("5321234567").text("iptal edilecek")
                .sendAt(Instant.now().plus(Duration.ofDays(1))).build();
        Exchange sent = ok(SEND, later, Map.of());
        assertThat(ok(CANCEL, sent.getMessage().getBody(), Map.of()).getMessage().getBody(List.class))
                .containsExactly(sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID));
        assertThat(mobildev.cancelledIds()).containsExactly(sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID,
                String.class));
        ProviderException again = failure(CANCEL, sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID), Map.of());
        assertThat(again).isInstanceOf(ProviderInvalidRequestException.class);
        assertThat(again.getProviderCode()).isEqualTo("07");
    }

    @Test
    void wrongCredentialsAreZeroOneAndNeverQuoted() {
        ProviderException e = failure(SEND + "&secretKey=wrong-secret-value", "x", TO);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getProviderCode()).isEqualTo("01");
        assertThat(e.getMessage()).doesNotContain("wrong-secret-value");
    }

    @ParameterizedTest
    @CsvSource({"01, ProviderAuthenticationException, true", "02, ProviderQuotaException, true",
                "03, ProviderInvalidRequestException, true", "04, ProviderInvalidRequestException, true",
                "05, ProviderInvalidRequestException, true", "06, ProviderAuthorizationException, true",
                "07, ProviderInvalidRequestException, true", "08, ProviderInvalidRequestException, true",
                "09, ProviderInvalidRequestException, true", "10, ProviderUnknownErrorException, true",
                "11, ProviderUnknownErrorException, false", "12, ProviderInvalidRequestException, true",
                "13, ProviderInvalidRequestException, true", "14, ProviderInvalidRequestException, true",
                "15, ProviderInvalidRequestException, true"})
    void everyCodeOfASendMapsToItsType(String code, String type, boolean definitelyNotSent) {
        mobildev.answerNextWith(200, code);
        ProviderException e = failure(SEND, "x", TO);
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getProviderCode()).isEqualTo(code);
        assertThat(e.isDefinitelyNotSent()).isEqualTo(definitelyNotSent);
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    @Test
    void theAnswersOfPublicSourcesAreReadOverHttp() {
        mobildev.answerNextWithBody(MobildevFixtures.read("send-accepted.txt"));
        assertThat(ok(SEND, "x", TO).getMessage().getHeader(SmsHeaders.MESSAGE_ID)).isEqualTo("1825415058");
        mobildev.answerNextWithBody(MobildevFixtures.read("report-ten-fields.txt"));
        assertThat(reports(ok(STATUS, List.of("1825415058", "1825415059"), Map.of())))
                .extracting(DeliveryReport::getStatus)
                .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED, DeliveryStatus.DELIVERED);
        mobildev.answerNextWithBody(MobildevFixtures.read("report-three-fields.txt"));
        assertThat(reports(ok(STATUS, "1825415058", Map.of()))).hasSize(2);
        mobildev.answerNextWithBody(MobildevFixtures.read("report-whitespace.txt"));
        assertThat(reports(ok(STATUS, "1825415058", Map.of()))).extracting(DeliveryReport::getStatus)
                .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED);
        mobildev.answerNextWithBody(MobildevFixtures.read("report-not-processed.txt"));
        assertThat(reports(ok(STATUS, "1825415058", Map.of()))).extracting(DeliveryReport::getStatus)
                .containsExactly(DeliveryStatus.PENDING);
        mobildev.answerNextWithBody(MobildevFixtures.read("cancel-ok.txt"));
        assertThat(ok(CANCEL, "1825415058", Map.of()).getMessage().getBody(List.class)).containsExactly("1825415058");
    }

    @Test
    void anUnreadableReportIsATypedErrorThatQuotesItWithoutTheCredentials() {
        // a proxy that echoes the request: the answer holds the PassWord
        mobildev.answerNextWithBody("<html>bad gateway for <PassWord>" + io.kopru.camel.sandbox.mobildev
                .MobildevSimulator.API_SECRET + "</PassWord></html>");
        ProviderException e = failure(STATUS, "1825415058", Map.of());
        assertThat(e).isInstanceOf(ProviderUnknownErrorException.class);
        assertThat(e.getProviderMessage()).contains("bad gateway").contains("***")
                .doesNotContain(io.kopru.camel.sandbox.mobildev.MobildevSimulator.API_SECRET);
        assertThat(e.getRemedy()).contains("Asking again will not help");
    }

    @Test
    void endpointsThatCannotWorkAreRefusedAtCreation() {
        assertThatThrownBy(() -> context.getEndpoint("mobildev:cancel")).hasMessageContaining("set api=classic");
        assertThatThrownBy(() -> context.getEndpoint("mobildev:send?api=classic&format=json"))
                .hasMessageContaining("the classic API takes XML only");
        assertThatThrownBy(() -> context.getEndpoint("mobildev:campaign-send?api=classic"))
                .hasMessageContaining("with api=classic");
    }

    @SuppressWarnings("unchecked")
    private static List<DeliveryReport> reports(Exchange e) {
        return e.getMessage().getBody(List.class);
    }
}
