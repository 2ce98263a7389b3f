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

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.kopru.camel.support.error.ProviderValidationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates and formats recipients' numbers with Google's libphonenumber, the way each provider wants them. Numbers
 * without a country code are read as Turkish ({@code 5321234567}, {@code 05321234567}, {@code 905321234567},
 * {@code +90 532 123 45 67} are the same number).
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "TR";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** getNumberType for Turkish numbers, asking only the patterns that can match; null: ask getNumberType. */
    private static final TurkishNumberTypes TURKISH_TYPES = TurkishNumberTypes.load();

    /** How a provider wants a number written. */
    public enum Style {
        /** {@code +905321234567} */
        E164,
        /** {@code 905321234567}: E.164 without the plus. */
        E164_DIGITS,
        /** {@code 5321234567}: the national significant number, for Turkish-only APIs. */
        NATIONAL
    }

    /** Which numbers a provider takes. */
    public enum Scope {
        /** Turkish mobile numbers only (+90 5xx). */
        TURKISH_MOBILE,
        /** Any valid mobile number of any country. */
        ANY_MOBILE
    }

    private PhoneNumbers() {
    }

    /**
     * Validates every number and writes it in the provider's style, dropping repeats (one order never sends the same
     * text to the same number twice).
     *
     * @throws ProviderValidationException naming every number that is not valid, before anything is sent
     */
    public static List<String> normalize(String provider, Collection<String> numbers, Scope scope, Style style) {
        List<String> violations = new ArrayList<>();
        Set<String> result = new LinkedHashSet<>();
        if (numbers == null || numbers.isEmpty()) {
            throw new ProviderValidationException(provider, "no recipients: set the CamelSmsTo header or the message's to");
        }
        for (String raw : numbers) {
            Parsed parsed = validate(raw, scope);
            if (parsed.problem != null) {
                violations.add(parsed.problem);
            } else {
                result.add(format(parsed.number, style));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(provider, violations);
        }
        return List.copyOf(result);
    }

    /** Writes one already valid number in another style. */
    public static String format(String number, Style style) {
        try {
            return format(UTIL.parse(number, DEFAULT_REGION), style);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number: " + maskForLog(number), e);
        }
    }

    /** @return null when the number is valid for the scope, else a sentence naming it and what is wrong. */
    public static String check(String raw, Scope scope) {
        return validate(raw, scope).problem;
    }

    private static Parsed validate(String raw, Scope scope) {
        if (raw == null || raw.isBlank()) {
            return Parsed.problem("an empty recipient number");
        }
        String plain = plainTurkishSignificantNumber(raw);
        PhoneNumber number;
        try {
            number = plain != null ? turkish(plain) : UTIL.parse(raw.trim(), DEFAULT_REGION);
        } catch (NumberParseException e) {
            return Parsed.problem("'" + raw + "' is not a phone number");
        }
        // getNumberType is UNKNOWN exactly when isValidNumber is false (both match the number against its region's
        // patterns, isValidNumber by calling the same classification): asked once, the patterns are matched once
        PhoneNumberType type = plain != null && TURKISH_TYPES != null ? TURKISH_TYPES.typeOf(plain) : numberType(number);
        if (type == PhoneNumberType.UNKNOWN) {
            return Parsed.problem("'" + raw + "' is not a valid phone number");
        }
        boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        if (!mobile) {
            return Parsed.problem("'" + raw + "' is not a mobile number");
        }
        if (scope == Scope.TURKISH_MOBILE && number.getCountryCode() != 90) {
            return Parsed.problem("'" + raw + "' is not a Turkish mobile number");
        }
        return new Parsed(number, null);
    }

    /** {@link PhoneNumberUtil#getNumberType}, for a Turkish number without its patterns that cannot match. */
    static PhoneNumberType numberType(PhoneNumber number) {
        if (TURKISH_TYPES != null && number.getCountryCode() == TurkishNumberTypes.COUNTRY_CODE
            && !number.isItalianLeadingZero()) {
            PhoneNumberType type = TURKISH_TYPES.typeOf(Long.toString(number.getNationalNumber()));
            if (type != null) {
                return type;
            }
        }
        return UTIL.getNumberType(number);
    }

    private static final class Parsed {
        final PhoneNumber number;
        final String problem;

        Parsed(PhoneNumber number, String problem) {
            this.number = number;
            this.problem = problem;
        }

        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }
    }

    /** Shortens a number for logs: enough to tell numbers apart, not enough to dial. */
    public static String maskForLog(String number) {
        if (number == null || number.length() <= 4) {
            return number;
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    /**
     * A Turkish number written as plain digits ({@code 5XXXXXXXXX}, {@code 05...}, {@code 905...}, {@code +905...}), as
     * libphonenumber would parse it, without its parsing (its patterns for punctuation, prefixes and extensions are the
     * larger part of a check's cost); null for any other form, which goes through {@link PhoneNumberUtil#parse}.
     * {@code PhoneNumbersTest} and {@code PhoneNumbersCanonicalFormsTest} check the two agree.
     */
    static PhoneNumber plainTurkishDigits(String raw) {
        String significant = plainTurkishSignificantNumber(raw);
        return significant == null ? null : turkish(significant);
    }

    /** The national significant number of {@link #plainTurkishDigits}' numbers ({@code 5XXXXXXXXX}); else null. */
    private static String plainTurkishSignificantNumber(String raw) {
        String number = raw.trim();
        int start;
        switch (number.length()) {
            case 10:
                start = 0;
                break;
            case 11:
                start = number.startsWith("0") ? 1 : -1;
                break;
            case 12:
                start = number.startsWith("90") ? 2 : -1;
                break;
            case 13:
                start = number.startsWith("+90") ? 3 : -1;
                break;
            default:
                start = -1;
        }
        if (start < 0 || number.charAt(start) != '5') {
            return null;
        }
        for (int i = start; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return number.substring(start);
    }

    private static PhoneNumber turkish(String significantNumber) {
        return new PhoneNumber().setCountryCode(TurkishNumberTypes.COUNTRY_CODE)
                .setNationalNumber(Long.parseLong(significantNumber));
    }

    private static String format(PhoneNumber number, Style style) {
        // a Turkish number is written here as libphonenumber writes it (its significant number has no leading zero),
        // without the builders of UTIL.format
        boolean turkish = number.getCountryCode() == TurkishNumberTypes.COUNTRY_CODE && !number.isItalianLeadingZero();
        switch (style) {
            case E164:
                return turkish ? "+90" + number.getNationalNumber() : UTIL.format(number, PhoneNumberFormat.E164);
            case E164_DIGITS:
                return turkish ? "90" + number.getNationalNumber()
                        : UTIL.format(number, PhoneNumberFormat.E164).substring(1);
            case NATIONAL:
                return turkish ? Long.toString(number.getNationalNumber()) : UTIL.getNationalSignificantNumber(number);
            default:
                throw new IllegalArgumentException(style.name());
        }
    }
}
