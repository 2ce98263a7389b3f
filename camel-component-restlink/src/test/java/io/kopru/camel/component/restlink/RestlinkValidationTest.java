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
package io.kopru.camel.component.restlink;

import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Invalid input is refused before any request, in every mode: the sandbox's request count stays at zero. */
class RestlinkValidationTest extends RestlinkTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5321234567");

    @AfterEach
    void nothingReachedTheProvider() {
        assertThat(server.requestCount()).as("requests that reached the sandbox").isZero();
    }

    private ProviderValidationException refused(String uri, Object body, Map<String, Object> headers) {
        ProviderException e = failure(uri, body, headers);
        assertThat(e).isInstanceOf(ProviderValidationException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(e.getHttpStatus()).isZero();
        assertThat(e.getProvider()).isEqualTo("restlink");
        return (ProviderValidationException) e;
    }

    @Test
    void invalidNumbersAreNamedEachOne() {
        assertThat(refused("restlink:send?" + SIGNED_MODE, "hi",
                Map.of(SmsHeaders.TO, "+14155551234,12345,2125550000")).getViolations())
                .containsExactly("'12345' is not a valid phone number", "'2125550000' is not a mobile number");
    }

    @Test
    void noRecipients() {
        assertThat(refused("restlink:send?" + JWT_MODE, "hi", Map.of()).getMessage()).contains("no recipients");
    }

    @Test
    void emptyText() {
        assertThat(refused("restlink:send?" + API_KEY_MODE, "", TO).getViolations()).containsExactly("the text is empty");
    }

    @Test
    void textLongerThanTenParts() {
        assertThat(refused("restlink:send?" + API_KEY_MODE, "a".repeat(11 * 153), TO).getViolations())
                .containsExactly("the text takes 11 SMS parts; restlink takes at most 10");
    }

    @Test
    void aMalformedSenderId() {
        assertThat(refused("restlink:send?" + API_KEY_MODE + "&sender=TOO-LONG-SENDER", "hi", TO).getViolations())
                .singleElement().asString().startsWith("sender 'TOO-LONG-SENDER' is not a sender id");
        refused("restlink:send?" + API_KEY_MODE, "hi", Map.of(SmsHeaders.TO, "5321234567", SmsHeaders.SENDER, "Köprü"));
    }

    @Test
    void moreThanAThousandRecipients() {
        String numbers = IntStream.range(0, 1001).mapToObj(i -> "+90532" + (1_000_000 + i))
                .collect(Collectors.joining(","));
        assertThat(refused("restlink:send?" + API_KEY_MODE, "hi", Map.of(SmsHeaders.TO, numbers)).getViolations())
                .containsExactly("1001 recipients; restlink takes at most 1000 per request");
    }

    @Test
    void severalTextsInOneBody() {
        assertThat(refused("restlink:send?" + API_KEY_MODE,
                List.of(SmsMessage.of("a", "5321234567"), SmsMessage.of("b", "5331234567")), Map.of()).getMessage())
                .contains("one text per request", "split");
    }

    @Test
    void aScheduledOrCommercialMessage() {
        SmsMessage scheduled = SmsMessage.builder().to("5321234567").text("later")
                .sendAt(Instant.now().plusSeconds(3600)).build();
        assertThat(refused("restlink:send?" + API_KEY_MODE, scheduled, Map.of()).getViolations())
                .singleElement().asString().contains("cannot schedule");
        SmsMessage commercial = SmsMessage.builder().to("5321234567").text("Kampanya").commercial(true).build();
        assertThat(refused("restlink:send?" + API_KEY_MODE, commercial, Map.of()).getViolations())
                .singleElement().asString().contains("İYS");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(refused("restlink:send?" + API_KEY_MODE + "&sender=TOOLONGSENDER1", "", Map.of(SmsHeaders.TO, "123"))
                .getViolations()).hasSize(3);
    }

    @Test
    void anUnknownPeriodInTheHeader() {
        assertThat(refused("restlink:stats?" + SIGNED_MODE, null, Map.of(RestlinkConstants.PERIOD, "14d"))
                .getViolations()).containsExactly("period '14d' is none of 1d, 7d, 30d, 90d");
    }
}
