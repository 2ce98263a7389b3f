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

import io.kopru.camel.support.error.ProviderValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    @Test
    void everyTurkishNotationIsTheSameNumber() {
        List<String> numbers = PhoneNumbers.normalize("p",
                List.of("5321234567", "05321234567", "905321234567", "+90 532 123 45 67", "0090-532-123-4567"),
                PhoneNumbers.Scope.TURKISH_MOBILE, PhoneNumbers.Style.E164);
        assertThat(numbers).containsExactly("+905321234567");
    }

    @Test
    void formatsInTheProvidersStyle() {
        List<String> in = List.of("5321234567");
        assertThat(PhoneNumbers.normalize("p", in, PhoneNumbers.Scope.TURKISH_MOBILE, PhoneNumbers.Style.E164_DIGITS))
                .containsExactly("905321234567");
        assertThat(PhoneNumbers.normalize("p", in, PhoneNumbers.Scope.TURKISH_MOBILE, PhoneNumbers.Style.NATIONAL))
                .containsExactly("5321234567");
    }

    @Test
    void namesEveryInvalidNumber() {
        assertThatThrownBy(() -> PhoneNumbers.normalize("iletimerkezi",
                List.of("5321234567", "12345", "2121234567", "+14155552671", "abc"),
                PhoneNumbers.Scope.TURKISH_MOBILE, PhoneNumbers.Style.E164))
                .isInstanceOfSatisfying(ProviderValidationException.class, e -> {
                    assertThat(e.getViolations()).hasSize(4);
                    assertThat(e.getMessage()).contains("'12345'", "'2121234567' is not a mobile number",
                            "'+14155552671' is not a Turkish mobile number", "'abc'");
                    assertThat(e.isDefinitelyNotSent()).isTrue();
                    assertThat(e.getProvider()).isEqualTo("iletimerkezi");
                });
    }

    @Test
    void acceptsForeignMobilesWhenTheProviderDoes() {
        assertThat(PhoneNumbers.normalize("p", List.of("+14155552671", "+447911123456"),
                PhoneNumbers.Scope.ANY_MOBILE, PhoneNumbers.Style.E164)).hasSize(2);
    }

    @Test
    void refusesNoRecipients() {
        assertThatThrownBy(() -> PhoneNumbers.normalize("p", List.of(), PhoneNumbers.Scope.ANY_MOBILE,
                PhoneNumbers.Style.E164)).isInstanceOf(ProviderValidationException.class)
                .hasMessageContaining("no recipients");
    }

    @Test
    void masksNumbersForLogs() {
        assertThat(PhoneNumbers.maskForLog("+905321234567")).isEqualTo("*********4567");
    }

    /** Plain Turkish digits skip libphonenumber's parsing: the number they give is the one parsing gives. */
    @Test
    void plainTurkishDigitsAreReadAsParsingReadsThem() throws Exception {
        com.google.i18n.phonenumbers.PhoneNumberUtil util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
        java.util.Random random = new java.util.Random(42);
        List<String> numbers = new java.util.ArrayList<>();
        for (int prefix = 500; prefix <= 599; prefix++) {
            for (int i = 0; i < 5; i++) {
                String national = prefix + String.format("%07d", random.nextInt(10_000_000));
                numbers.addAll(List.of(national, "0" + national, "90" + national, "+90" + national, " " + national + " "));
            }
        }
        int quick = 0;
        for (String number : numbers) {
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber plain = PhoneNumbers.plainTurkishDigits(number);
            assertThat(plain).as(number).isNotNull();
            assertThat(plain.exactlySameAs(util.parse(number.trim(), PhoneNumbers.DEFAULT_REGION))).as(number).isTrue();
            quick++;
        }
        assertThat(quick).isEqualTo(numbers.size());
        // other forms are parsed in full
        for (String other : List.of("532123456", "53212345678", "4321234567", "+12025550123", "5321 234567",
                "532-1234567", "00905321234567", "+9053212345a7", "+915321234567", "", "x")) {
            assertThat(PhoneNumbers.plainTurkishDigits(other)).as(other).isNull();
        }
    }
}
