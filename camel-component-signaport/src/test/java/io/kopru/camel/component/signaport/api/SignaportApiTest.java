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
