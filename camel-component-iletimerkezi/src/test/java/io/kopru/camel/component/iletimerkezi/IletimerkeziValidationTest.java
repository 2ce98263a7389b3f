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

import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invalid input is refused before any request: the sandbox's request count stays at zero. */
class IletimerkeziValidationTest extends IletimerkeziTestSupport {

    @AfterEach
    void nothingReachedTheProvider() {
        assertThat(server.requestCount()).as("requests that reached the sandbox").isZero();
    }

    private ProviderValidationException refused(String uri, Object body, Map<String, Object> headers) {
        ProviderException e = failure(uri, body, headers);
        assertThat(e).isInstanceOf(ProviderValidationException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(e.getHttpStatus()).isZero();
        return (ProviderValidationException) e;
    }

    @Test
    void invalidNumbersAreNamed() {
        ProviderValidationException e = refused("iletimerkezi:send-sms", "hi",
                Map.of(SmsHeaders.TO, "5321234567,12345,2125550000,+4915112345678"));
        assertThat(e.getViolations()).containsExactly("'12345' is not a valid phone number",
                "'2125550000' is not a mobile number", "'+4915112345678' is not a Turkish mobile number");
    }

    @Test
    void noRecipients() {
        assertThat(refused("iletimerkezi:send-sms", "hi", Map.of()).getMessage()).contains("no recipients");
    }

    @Test
    void emptyText() {
        assertThat(refused("iletimerkezi:send-sms", "", Map.of(SmsHeaders.TO, "5321234567")).getViolations())
                .contains("the text is empty");
    }

    @Test
    void senderLongerThanElevenCharacters() {
        assertThat(refused("iletimerkezi:send-sms?sender=ACMECORPORATE", "hi", Map.of(SmsHeaders.TO, "5321234567"))
                .getViolations()).containsExactly("sender 'ACMECORPORATE' is longer than 11 characters");
    }

    @Test
    void senderWithTurkishLetters() {
        assertThat(refused("iletimerkezi:send-sms", "hi", Map.of(SmsHeaders.TO, "5321234567", SmsHeaders.SENDER, "KÖPRÜ"))
                .getViolations()).containsExactly("sender 'KÖPRÜ' has Turkish letters, which senders may not");
    }

    @Test
    void noSenderAtAll() {
        context.getComponent("iletimerkezi", IletimerkeziComponent.class).getConfiguration().setSender(null);
        assertThat(refused("iletimerkezi:send-sms?sender=", "hi", Map.of(SmsHeaders.TO, "5321234567")).getViolations())
                .containsExactly("no sender: set the sender option or the CamelSmsSender header");
    }

    @Test
    void textLongerThanSevenParts() {
        // 8 x 153 septets
        assertThat(refused("iletimerkezi:send-sms", "a".repeat(1072), Map.of(SmsHeaders.TO, "5321234567"))
                .getViolations()).containsExactly("the text takes 8 SMS parts; iletiMerkezi takes at most 7");
    }

    @Test
    void commercialWithoutIysList() {
        assertThat(refused("iletimerkezi:send-sms?commercial=true", "Kampanya", Map.of(SmsHeaders.TO, "5321234567"))
                .getViolations()).containsExactly("a commercial message needs iysList (BIREYSEL or TACIR)");
    }

    @Test
    void messagesOfOneOrderThatDisagree() {
        List<SmsMessage> messages = List.of(SmsMessage.of("a", "5321234567"),
                SmsMessage.builder().to("5331234567").text("b").sendAt(Instant.now().plusSeconds(3600)).build());
        assertThat(refused("iletimerkezi:send-sms", messages, Map.of()).getViolations())
                .containsExactly("the messages of one order must share sender, send time and İYS settings");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(refused("iletimerkezi:send-sms?sender=TOOLONGSENDER1", "", Map.of(SmsHeaders.TO, "123"))
                .getViolations()).hasSize(3);
    }

    @Test
    void aBodyThatIsNoMessage() {
        assertThat(refused("iletimerkezi:send-sms", List.of(1, 2), Map.of(SmsHeaders.TO, "5321234567")).getMessage())
                .contains("SmsMessage");
    }

    @Test
    void reportsWithoutAnOrderIdOrWithTooLongARange() {
        refused("iletimerkezi:get-report", null, Map.of());
        refused("iletimerkezi:get-reports", null, Map.of(IletimerkeziConstants.START_DATE, "2026-11-01",
                IletimerkeziConstants.END_DATE, "2026-11-20"));
        refused("iletimerkezi:get-reports", null, Map.of(IletimerkeziConstants.START_DATE, "2026-11-10",
                IletimerkeziConstants.END_DATE, "2026-11-01"));
        refused("iletimerkezi:get-reports", null, Map.of());
    }

    @Test
    void anInvalidBlacklistNumber() {
        refused("iletimerkezi:add-blacklist", "not-a-number", Map.of());
    }
}
