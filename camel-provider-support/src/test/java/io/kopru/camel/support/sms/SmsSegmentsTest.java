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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void plainGsm7FitsOneHundredSixtyInOnePartAndOneHundredFiftyThreePerPart() {
        assertCount("a".repeat(160), SmsEncoding.GSM7, 160, 1);
        assertCount("a".repeat(161), SmsEncoding.GSM7, 161, 2);
        assertCount("a".repeat(306), SmsEncoding.GSM7, 306, 2);
        assertCount("a".repeat(307), SmsEncoding.GSM7, 307, 3);
    }

    @Test
    void extensionCharactersCostTwoSeptets() {
        assertCount("€".repeat(80), SmsEncoding.GSM7, 160, 1);
        assertCount("€".repeat(80) + "a", SmsEncoding.GSM7, 161, 2);
    }

    @Test
    void escapeSequencesAreNeverSplitAcrossParts() {
        // 152 plain septets, then a two-septet '[' that would straddle the 153 boundary, so it opens part two
        String text = "a".repeat(152) + "[" + "a".repeat(152);
        assertCount(text, SmsEncoding.GSM7, 306, 3);
    }

    @Test
    void turkishLettersOfTheDefaultAlphabetStayPlainGsm7() {
        assertCount("ÇÖöÜü".repeat(32), SmsEncoding.GSM7, 160, 1);
    }

    @Test
    void turkishTextUsesTheSingleShiftTableAtOneHundredFiftyFiveAndOneHundredFortyNine() {
        // 'ş' costs two septets with the shift: 1 x 2 + 153 = 155 septets fit one part
        assertCount("ş" + "a".repeat(153), SmsEncoding.GSM7_TURKISH, 155, 1);
        assertCount("ş" + "a".repeat(154), SmsEncoding.GSM7_TURKISH, 156, 2);
        // two parts hold 2 x 149 = 298 septets
        assertCount("ğ" + "a".repeat(296), SmsEncoding.GSM7_TURKISH, 298, 2);
        assertCount("ğ" + "a".repeat(297), SmsEncoding.GSM7_TURKISH, 299, 3);
        assertCount("Işık güzel, çiçek şırıl şırıl", SmsEncoding.GSM7_TURKISH, 39, 1);
    }

    @Test
    void anEmojiForcesUcs2AtSeventyAndSixtySeven() {
        // the emoji is a surrogate pair: two UTF-16 units
        assertCount("😀" + "a".repeat(68), SmsEncoding.UCS2, 70, 1);
        assertCount("😀" + "a".repeat(69), SmsEncoding.UCS2, 71, 2);
        assertCount("😀" + "a".repeat(132), SmsEncoding.UCS2, 134, 2);
        assertCount("😀" + "a".repeat(133), SmsEncoding.UCS2, 135, 3);
    }

    @Test
    void surrogatePairsAreNeverSplitAcrossParts() {
        // 66 units, then a pair that would straddle the 67 boundary
        assertCount("a".repeat(66) + "😀" + "a".repeat(10), SmsEncoding.UCS2, 78, 2);
        assertThat(SmsSegments.count("a".repeat(66) + "😀" + "a".repeat(66)).segments()).isEqualTo(3);
    }

    @Test
    void charactersOutsideBothTablesNeedUcs2() {
        assertCount("Привет", SmsEncoding.UCS2, 6, 1);
        assertCount("âa", SmsEncoding.UCS2, 2, 1);
    }

    @Test
    void emptyTextTakesNoPart() {
        assertThat(SmsSegments.count("").segments()).isZero();
        assertThat(SmsSegments.count(null).segments()).isZero();
    }

    private static void assertCount(String text, SmsEncoding encoding, int units, int segments) {
        SmsSegments.Count count = SmsSegments.count(text);
        assertThat(count.encoding()).as("encoding").isEqualTo(encoding);
        assertThat(count.units()).as("units").isEqualTo(units);
        assertThat(count.segments()).as("segments").isEqualTo(segments);
    }
}
