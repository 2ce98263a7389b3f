package io.kopru.camel.support.phone;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;

import java.util.List;

/** Phone-number normalisation on arbitrary text: a valid number, or the documented validation error. */
class PhoneNumbersFuzzTest {

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void normalisesOrRefusesAnyText(FuzzedDataProvider data) {
        PhoneNumbers.Scope scope = data.pickValue(PhoneNumbers.Scope.values());
        PhoneNumbers.Style style = data.pickValue(PhoneNumbers.Style.values());
        String first = data.consumeString(64);
        String rest = data.consumeRemainingAsString();
        UntrustedInput.onlyTypedErrors("phone_numbers", () -> {
            PhoneNumbers.maskForLog(first);
            PhoneNumbers.check(rest, scope);
            for (String number : PhoneNumbers.normalize("fuzz", List.of(first, rest), scope, style)) {
                PhoneNumbers.format(number, style); // a normalised number is one libphonenumber reads again
            }
        });
    }
}
