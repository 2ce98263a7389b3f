package io.kopru.camel.support.sms;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Segment counting on arbitrary text (any UTF-8, lone surrogates included): a count, never an error. */
class SmsSegmentsFuzzTest {

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void countsAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        UntrustedInput.onlyTypedErrors("sms_segments", () -> {
            SmsSegments.Count count = SmsSegments.count(text);
            assertThat(count.segments()).isGreaterThanOrEqualTo(text.isEmpty() ? 0 : 1);
        }, new Class[0]);
    }
}
