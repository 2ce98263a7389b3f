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

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;

import java.util.List;

/** Phone-number normalisation on arbitrary text: a valid number, or the documented validation error. */
class PhoneNumbersFuzzTest {

    private static final com.google.i18n.phonenumbers.PhoneNumberUtil UTIL =
            com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void normalisesOrRefusesAnyText(FuzzedDataProvider data) {
        PhoneNumbers.Scope scope = data.pickValue(PhoneNumbers.Scope.values());
        PhoneNumbers.Style style = data.pickValue(PhoneNumbers.Style.values());
        String first = data.consumeString(64);
        String rest = data.consumeRemainingAsString();
        UntrustedInput.onlyTypedErrors("phone_numbers", () -> {
            PhoneNumbers.maskForLog(first);
            PhoneNumbers.check(rest, scope);
            sameTypeAsLibphonenumber(rest);
            for (String number : PhoneNumbers.normalize("fuzz", List.of(first, rest), scope, style)) {
                PhoneNumbers.format(number, style); // a normalised number is one libphonenumber reads again
            }
        });
    }

    /** The shortcut for Turkish numbers classifies whatever parses as libphonenumber does. */
    private static void sameTypeAsLibphonenumber(String text) {
        try {
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number = UTIL.parse(text, PhoneNumbers.DEFAULT_REGION);
            if (PhoneNumbers.numberType(number) != UTIL.getNumberType(number)) {
                throw new AssertionError("the types of '" + text + "' differ: " + PhoneNumbers.numberType(number)
                                         + " and " + UTIL.getNumberType(number));
            }
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            // not a number: nothing to classify
        }
    }
}
