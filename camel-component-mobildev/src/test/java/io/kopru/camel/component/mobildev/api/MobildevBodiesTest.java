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
package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.sms.IysRecipientType;
import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exact bytes written for each format. */
class MobildevBodiesTest {

    private final MobildevBatchBuilder builder = new MobildevBatchBuilder(null, false, null, Clock.systemUTC());

    @Test
    void xmlEscapesWhatXmlMustAndKeepsTurkishLettersAsUtf8() {
        MobildevBatch batch = builder.transactional(List.of(SmsMessage.of("Fiyat < 5 & \"şimdi\" 'Ğ'", "5056647139")))
                .get(0);
        assertThat(new String(MobildevBodies.xml(batch), StandardCharsets.UTF_8)).isEqualTo(
                "<MainmsgBody><Action>0</Action><Mesgbody>Fiyat &lt; 5 &amp; \"şimdi\" 'Ğ'</Mesgbody>"
                + "<Numbers>5056647139</Numbers><Encoding>1</Encoding><MessageType>N</MessageType></MainmsgBody>");
    }

    @Test
    void aCarriageReturnSurvivesXmlLineEndNormalisation() {
        MobildevBatch batch = builder.transactional(List.of(SmsMessage.of("a\r\nb", "5056647139"))).get(0);
        assertThat(new String(MobildevBodies.xml(batch), StandardCharsets.UTF_8)).contains("a&#xd;\nb");
    }

    @Test
    void plainGsmTextIsEncoding0AndScheduledCommercialMessagesCarryTheirFields() {
        Instant at = LocalDateTime.of(2099, 5, 9, 15, 0).atZone(ZoneId.of("Europe/Istanbul")).toInstant();
        MobildevBatch batch = builder.transactional(List.of(SmsMessage.builder().to("+90 505 664 71 39", "05321234567")
                .text("Kampanya").sender("KOPRU").sendAt(at).commercial(true).recipientType(IysRecipientType.TACIR)
                .build())).get(0);
        assertThat(new String(MobildevBodies.xml(batch), StandardCharsets.UTF_8)).isEqualTo(
                "<MainmsgBody><Action>0</Action><Mesgbody>Kampanya</Mesgbody><Numbers>5056647139,5321234567</Numbers>"
                + "<Originator>KOPRU</Originator><SDate>090520991500</SDate><Encoding>0</Encoding>"
                + "<MessageType>C</MessageType><RecipientType>T</RecipientType></MainmsgBody>");
        // the guide's JSON has no field for any of them: refused, naming each
        assertThatThrownBy(() -> MobildevBodies.json(batch)).isInstanceOfSatisfying(ProviderValidationException.class,
                e -> assertThat(e.getViolations()).hasSize(3).allSatisfy(v -> assertThat(v).endsWith("use format=xml")));
        assertThat(new String(MobildevBodies.json(builder.transactional(List.of(SmsMessage.of("Kampanya",
                "5056647139", "5321234567"))).get(0)), StandardCharsets.UTF_8))
                .isEqualTo("{\"to\":[\"5056647139\",\"5321234567\"],\"message\":\"Kampanya\"}");
    }

    @Test
    void aCampaignOfSeveralTextsIsAction1WithAMessagePerNumber() {
        MobildevBatch batch = builder.campaign(List.of(SmsMessage.of("Merhaba Ayşe", "5056647139"),
                SmsMessage.of("Merhaba <Can>", "5321234567")), "Bahar").get(0);
        assertThat(new String(MobildevBodies.xml(batch), StandardCharsets.UTF_8)).isEqualTo(
                "<MainmsgBody><Action>1</Action><Messages><Message><Mesgbody>Merhaba Ayşe</Mesgbody>"
                + "<Number>5056647139</Number></Message><Message><Mesgbody>Merhaba &lt;Can></Mesgbody>"
                + "<Number>5321234567</Number></Message></Messages><Encoding>1</Encoding><MessageType>N</MessageType>"
                + "</MainmsgBody>");
        assertThat(MobildevBodies.jsonViolations(batch)).singleElement().asString().contains("several texts");
    }

    @Test
    void theClassicBodiesCarryTheCredentialsFirst() {
        MobildevBatch batch = builder.transactional(List.of(SmsMessage.of("Merhaba", "5056647139"))).get(0);
        assertThat(new String(MobildevBodies.classicXml(batch, "key", "secret"), StandardCharsets.UTF_8)).isEqualTo(
                "<MainmsgBody><UserName>key</UserName><PassWord>secret</PassWord><Action>0</Action>"
                + "<Mesgbody>Merhaba</Mesgbody><Numbers>5056647139</Numbers><Encoding>0</Encoding>"
                + "<MessageType>N</MessageType></MainmsgBody>");
        assertThat(new String(MobildevBodies.classicQuery(3, List.of("1", "2"), "key", "secret"),
                StandardCharsets.UTF_8)).isEqualTo("<MainReportRoot><UserName>key</UserName><PassWord>secret"
                + "</PassWord><Action>3</Action><MsgID>1,2</MsgID></MainReportRoot>");
    }

    @Test
    void moreThanAThousandNumbersAreSplitIntoRequestsOfAThousand() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            numbers.add(String.format("532%07d", i));
        }
        List<MobildevBatch> batches = builder.transactional(List.of(SmsMessage.builder().to(numbers).text("x")
                .build()));
        assertThat(batches).extracting(MobildevBatch::recipientCount).containsExactly(1000, 1000, 500);
        assertThat(batches.get(2).recipients().get(499)).isEqualTo("5320002499");
    }
}
