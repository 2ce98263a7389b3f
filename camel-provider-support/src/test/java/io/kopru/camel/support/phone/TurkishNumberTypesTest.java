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
package io.kopru.camel.support.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcut for Turkish numbers answers what libphonenumber's getNumberType answers, whatever the number. */
class TurkishNumberTypesTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void readsLibphonenumbersOwnMetadata() {
        assertThat(TurkishNumberTypes.load()).as("the Turkish metadata of libphonenumber's jar").isNotNull();
    }

    @Test
    void agreesWithGetNumberTypeForEveryStartAndLength() {
        TurkishNumberTypes types = TurkishNumberTypes.load();
        Random random = new Random(20261202);
        Set<PhoneNumberType> seen = EnumSet.noneOf(PhoneNumberType.class);
        long compared = 0;
        for (int start = 0; start < 1000; start++) {
            for (int length = 3; length <= 17; length++) {
                for (int sample = 0; sample < 6; sample++) {
                    StringBuilder digits = new StringBuilder(String.format("%03d", start));
                    while (digits.length() < length) {
                        digits.append((char) ('0' + random.nextInt(10)));
                    }
                    if (digits.charAt(0) == '0' || length > 15) {
                        continue; // a national number of a PhoneNumber has no leading zero and fits a long
                    }
                    PhoneNumber number = new PhoneNumber().setCountryCode(90)
                            .setNationalNumber(Long.parseLong(digits.toString()));
                    PhoneNumberType expected = UTIL.getNumberType(number);
                    assertThat(types.typeOf(digits.toString())).as(digits.toString()).isEqualTo(expected);
                    assertThat(PhoneNumbers.numberType(number)).as(digits.toString()).isEqualTo(expected);
                    seen.add(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(50_000);
        // the random numbers meet mobile, fixed-line and unknown numbers; the example numbers meet every other type
        assertThat(seen).contains(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.UNKNOWN);
    }

    @Test
    void agreesWithGetNumberTypeOnLibphonenumbersExampleOfEveryType() {
        TurkishNumberTypes types = TurkishNumberTypes.load();
        int examples = 0;
        for (PhoneNumberType type : PhoneNumberType.values()) {
            PhoneNumber example = UTIL.getExampleNumberForType("TR", type);
            if (example == null) {
                continue;
            }
            examples++;
            String nsn = UTIL.getNationalSignificantNumber(example);
            assertThat(types.typeOf(nsn)).as(type + " " + nsn).isEqualTo(UTIL.getNumberType(example));
        }
        assertThat(examples).as("Turkish example numbers").isGreaterThanOrEqualTo(6);
    }

    @Test
    void writesTurkishNumbersAsLibphonenumberWritesThem() {
        for (String raw : new String[] {"5321234567", "+90 532 123 45 67", "0(532) 123-4567", "905551234567"}) {
            PhoneNumber number = PhoneNumbers.plainTurkishDigits(raw);
            String e164 = number != null ? "+90" + number.getNationalNumber() : null;
            for (String n : PhoneNumbers.normalize("test", java.util.List.of(raw), PhoneNumbers.Scope.TURKISH_MOBILE,
                    PhoneNumbers.Style.E164)) {
                assertThat(n).isEqualTo(UTIL.format(parse(raw), PhoneNumberFormat.E164));
                if (e164 != null) {
                    assertThat(n).isEqualTo(e164);
                }
            }
            assertThat(PhoneNumbers.normalize("test", java.util.List.of(raw), PhoneNumbers.Scope.ANY_MOBILE,
                    PhoneNumbers.Style.E164_DIGITS)).containsExactly(UTIL.format(parse(raw), PhoneNumberFormat.E164)
                    .substring(1));
            assertThat(PhoneNumbers.normalize("test", java.util.List.of(raw), PhoneNumbers.Scope.ANY_MOBILE,
                    PhoneNumbers.Style.NATIONAL)).containsExactly(UTIL.getNationalSignificantNumber(parse(raw)));
        }
    }

    private static PhoneNumber parse(String raw) {
        try {
            return UTIL.parse(raw, "TR");
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            throw new AssertionError(e);
        }
    }
}
