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
