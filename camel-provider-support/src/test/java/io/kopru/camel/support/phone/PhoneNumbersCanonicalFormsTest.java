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
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-digit forms {@link PhoneNumbers} reads without libphonenumber's lexical parse give exactly the number
 * {@link PhoneNumberUtil#parse} gives, classified and formatted the same, for every number of a large random sample
 * of those forms (valid or not); everything else still goes through the parse.
 */
class PhoneNumbersCanonicalFormsTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void thePlainDigitFormsReadAsLibphonenumberParsesThem() throws Exception {
        Random random = new Random(20261202);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder digits = new StringBuilder("5");
            for (int k = 0; k < 9; k++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            for (String form : new String[] {digits.toString(), "0" + digits, "90" + digits, "+90" + digits}) {
                PhoneNumber fast = PhoneNumbers.plainTurkishDigits(form);
                PhoneNumber parsed = UTIL.parse(form, PhoneNumbers.DEFAULT_REGION);
                assertThat(fast).as(form).isNotNull();
                assertThat(fast.getCountryCode()).as(form).isEqualTo(parsed.getCountryCode());
                assertThat(fast.getNationalNumber()).as(form).isEqualTo(parsed.getNationalNumber());
                assertThat(fast.isItalianLeadingZero()).as(form).isEqualTo(parsed.isItalianLeadingZero());
                assertThat(UTIL.getNumberType(fast)).as(form).isEqualTo(UTIL.getNumberType(parsed));
                assertThat(UTIL.isValidNumber(fast)).as(form).isEqualTo(UTIL.isValidNumber(parsed));
                assertThat(UTIL.format(fast, PhoneNumberFormat.E164)).as(form)
                        .isEqualTo(UTIL.format(parsed, PhoneNumberFormat.E164));
            }
        }
    }

    @Test
    void everyOtherFormIsLeftToTheParse() {
        for (String other : new String[] {"+90 532 123 45 67", "532123456", "53212345678", "0432123456",
                "4321234567", "+9053212345a7", "+445321234567", "53212345６7", "-05321234567", ""}) {
            assertThat(PhoneNumbers.plainTurkishDigits(other)).as(other).isNull();
        }
    }

    @Test
    void getNumberTypeIsUnknownExactlyWhenTheNumberIsInvalid() throws Exception {
        // PhoneNumbers asks getNumberType alone, which is UNKNOWN exactly when isValidNumber is false
        Random random = new Random(7);
        String[] prefixes = {"", "0", "90", "+90", "+1", "+44", "+49", "00", "+800", "+882", "5", "+905"};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = 4 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            PhoneNumber number;
            try {
                number = UTIL.parse(s.toString(), PhoneNumbers.DEFAULT_REGION);
            } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                continue;
            }
            assertThat(UTIL.getNumberType(number) != PhoneNumberUtil.PhoneNumberType.UNKNOWN).as(s.toString())
                    .isEqualTo(UTIL.isValidNumber(number));
        }
    }
}
