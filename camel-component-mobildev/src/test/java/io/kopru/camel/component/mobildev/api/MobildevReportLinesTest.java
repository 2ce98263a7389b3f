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

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report-line parser and the error codes against every fixture of a public source, and hostile answers. */
class MobildevReportLinesTest {

    private static final Instant OBSERVED = Instant.parse("2025-03-26T12:00:00Z");

    @Test
    void tenTabSeparatedFieldsWithCrLf() {
        String answer = MobildevFixtures.read("report-ten-fields.txt");
        List<DeliveryReport> reports = MobildevReportLines.parse(answer, List.of("1825415058", "1825415059"),
                OBSERVED);
        assertThat(reports).extracting(DeliveryReport::getStatus).containsExactly(DeliveryStatus.DELIVERED,
                DeliveryStatus.UNDELIVERED, DeliveryStatus.DELIVERED);
        assertThat(reports).extracting(DeliveryReport::getMessageId).containsExactly("1825415058", "1825415058",
                "1825415059");
        assertThat(reports).extracting(DeliveryReport::getRecipient).containsExactly("5321234567", "5321234599",
                "5441234567");
        assertThat(reports.get(0).getTime()).isEqualTo(LocalDateTime.of(2025, 3, 26, 15, 2)
                .atZone(ZoneId.of("Europe/Istanbul")).toInstant());
        assertThat(reports.get(1).getProviderStatusCode()).isEqualTo("3");
        MobildevReportLines.Line commercial = MobildevReportLines.lines(answer).get(2);
        assertThat(List.of(commercial.reason, commercial.size, commercial.type, commercial.recipientType,
                commercial.iysBrandCode, commercial.encoding)).containsExactly("", "2", "C", "B", "654321", "1");
        assertThat(MobildevReportLines.lines(answer).get(1).reason).isEqualTo("Abone ulaşılamıyor");
    }

    @Test
    void missingTrailingFieldsAreTolerated() {
        List<DeliveryReport> reports = MobildevReportLines.parse(MobildevFixtures.read("report-three-fields.txt"),
                List.of("1825415058"), OBSERVED);
        assertThat(reports).extracting(DeliveryReport::getStatus).containsExactly(DeliveryStatus.PENDING,
                DeliveryStatus.DELIVERED);
        assertThat(reports).extracting(DeliveryReport::getTime).containsOnly(OBSERVED);
        assertThat(MobildevReportLines.lines(MobildevFixtures.read("report-three-fields.txt")).get(0).encoding)
                .isEmpty();
    }

    @Test
    void whiteSpaceSplitLinesGiveTheFirstThreeFields() {
        List<DeliveryReport> reports = MobildevReportLines.parse(MobildevFixtures.read("report-whitespace.txt"),
                List.of("1825415058"), OBSERVED);
        assertThat(reports).extracting(DeliveryReport::getRecipient).containsExactly("5321234567", "5321234599");
        assertThat(reports).extracting(DeliveryReport::getStatus).containsExactly(DeliveryStatus.DELIVERED,
                DeliveryStatus.UNDELIVERED);
    }

    @Test
    void aBareZeroTwoIsEveryIdStillPendingNotAnError() {
        List<DeliveryReport> reports = MobildevReportLines.parse(MobildevFixtures.read("report-not-processed.txt"),
                List.of("7", "8"), OBSERVED);
        assertThat(reports).extracting(DeliveryReport::getMessageId).containsExactly("7", "8");
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(r.getStatus().isFinal()).isFalse();
            assertThat(r.getRecipient()).isNull();
            assertThat(r.getProviderStatusCode()).isEqualTo("02");
        });
    }

    @Test
    void statusesOneTwoThreeAndAnyOtherStaysPending() {
        assertThat(MobildevReportLines.status("1")).isEqualTo(DeliveryStatus.PENDING);
        assertThat(MobildevReportLines.status("2")).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(MobildevReportLines.status("3")).isEqualTo(DeliveryStatus.UNDELIVERED);
        assertThat(MobildevReportLines.status("03")).isEqualTo(DeliveryStatus.UNDELIVERED);
        assertThat(MobildevReportLines.status("9")).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void anUnreadableAnswerIsATypedErrorQuotingItShortAndWithoutSecrets() {
        String html = "<html><body>Proxy error: UserName=test_api_key_123456 PassWord=s3cr3t-value "
                      + "x".repeat(500) + "</body></html>";
        assertThatThrownBy(() -> MobildevReportLines.parse(html, List.of("7"), OBSERVED, "test_api_key_123456",
                "s3cr3t-value")).isInstanceOfSatisfying(ProviderUnknownErrorException.class, e -> {
                    assertThat(e.isDefinitelyNotSent()).isTrue();
                    assertThat(e.getProviderCode()).isEqualTo("unreadable_report");
                    assertThat(e.getProviderMessage()).contains("Proxy error").contains("***")
                            .doesNotContain("s3cr3t-value").doesNotContain("test_api_key_123456")
                            .contains("characters)").hasSizeLessThan(250);
                    assertThat(e.getMessage()).doesNotContain("s3cr3t-value");
                    assertThat(e.getRemedy()).contains("Asking again will not help");
                });
        assertThatThrownBy(() -> MobildevReportLines.parse("1825415058\t5321234567\tdelivered", List.of("7"),
                OBSERVED)).isInstanceOf(ProviderUnknownErrorException.class);
    }

    @Test
    void anXmlAnswerWithEntitiesIsNeverExpandedOnlyRefused() {
        // reports are text: an answer carrying a DTD is not parsed as XML at all, so nothing is resolved or expanded
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 "
                               + "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><r>&lol1;</r>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>";
        for (String hostile : List.of(billionLaughs, xxe)) {
            assertThatThrownBy(() -> MobildevReportLines.parse(hostile, List.of("7"), OBSERVED))
                    .isInstanceOfSatisfying(ProviderUnknownErrorException.class,
                            e -> assertThat(e.getProviderMessage()).contains("<!DOCTYPE").doesNotContain("lollol")
                                    .doesNotContain("root:"));
        }
    }

    @Test
    void everyErrorCodeOfTheFixtureMapsToItsType() {
        Map<String, Class<? extends ProviderException>> types = Map.ofEntries(
                entry("01", ProviderAuthenticationException.class), entry("02", ProviderQuotaException.class),
                entry("03", ProviderInvalidRequestException.class), entry("04", ProviderInvalidRequestException.class),
                entry("05", ProviderInvalidRequestException.class), entry("06", ProviderAuthorizationException.class),
                entry("07", ProviderInvalidRequestException.class), entry("08", ProviderInvalidRequestException.class),
                entry("09", ProviderInvalidRequestException.class), entry("10", ProviderUnknownErrorException.class),
                entry("11", ProviderUnknownErrorException.class), entry("12", ProviderInvalidRequestException.class),
                entry("13", ProviderInvalidRequestException.class), entry("14", ProviderInvalidRequestException.class),
                entry("15", ProviderInvalidRequestException.class));
        List<String> codes = MobildevFixtures.read("error-codes.txt").lines().toList();
        assertThat(codes).hasSize(15);
        for (String code : codes) {
            ProviderException e = MobildevErrors.legacy(code, 200);
            assertThat(e).as(code).isInstanceOf(types.get(code));
            assertThat(e.getProviderCode()).isEqualTo(code);
            assertThat(e.getRemedy()).as(code).isNotBlank();
            // 11, an unknown error, says nothing of the message; every other code is a refusal
            assertThat(e.isDefinitelyNotSent()).as(code).isEqualTo(!"11".equals(code));
        }
    }
}
