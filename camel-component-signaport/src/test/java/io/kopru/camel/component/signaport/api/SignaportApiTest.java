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
package io.kopru.camel.component.signaport.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of reading Signaport's answers the simulator does not vary. */
class SignaportApiTest {

    @Test
    void expiryDateWithAnOffsetIsTakenAsIs() {
        assertThat(SignaportApi.expiryDate("2027-06-30T23:59:59Z")).isEqualTo(Instant.parse("2027-06-30T23:59:59Z"));
        assertThat(SignaportApi.expiryDate("2027-06-30T23:59:59+03:00"))
                .isEqualTo(Instant.parse("2027-06-30T20:59:59Z"));
    }

    @Test
    void expiryDateWithoutAnOffsetIsTurkishTime() {
        assertThat(SignaportApi.expiryDate("2027-06-30T23:59:59")).isEqualTo(Instant.parse("2027-06-30T20:59:59Z"));
        assertThat(SignaportApi.expiryDate("2027-06-30T23:59:59.123"))
                .isEqualTo(Instant.parse("2027-06-30T20:59:59.123Z"));
    }

    @Test
    void aDateAloneRunsToTheEndOfThatDayInTurkey() {
        assertThat(SignaportApi.expiryDate("2027-06-30")).isEqualTo(Instant.parse("2027-06-30T21:00:00Z"));
    }

    @Test
    void anUnreadableOrMissingExpiryDateIsUnknownNotExpired() {
        assertThat(SignaportApi.expiryDate("30.06.2027")).isNull();
        assertThat(SignaportApi.expiryDate(null)).isNull();
        assertThat(SignaportApi.expiryDate(" ")).isNull();
        assertThat(new SignaportQuota(5, 10, 5, null, null, true, "x").isExpiredAt(Instant.now())).isFalse();
    }

    @Test
    void theLicenceKeyStaysOnePathSegment() {
        assertThat(SignaportApi.encodePathSegment("TEST-KEY-12345")).isEqualTo("TEST-KEY-12345");
        assertThat(SignaportApi.encodePathSegment("a/b c+d?é")).isEqualTo("a%2Fb%20c%2Bd%3F%C3%A9");
    }

    @Test
    void logsShowOnlyTheLastFourCharactersOfTheLicenceKey() {
        assertThat(SignaportApi.mask("SP-TEST-LICENSE-0001")).isEqualTo("xxxxxx0001");
        assertThat(SignaportApi.mask("SHORT123")).isEqualTo("xxxxxx");
    }
}
