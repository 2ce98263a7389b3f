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
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadataCollection;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type libphonenumber's {@link PhoneNumberUtil#getNumberType} gives a Turkish national significant number, found
 * by matching only the patterns that can match a number with its first three digits.
 * <p>
 * {@code getNumberType} matches the number against every pattern of the region in a fixed order (general, premium
 * rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail, fixed line, mobile): seven regular expressions
 * for a Turkish mobile number, most of a check's cost. Here the same patterns, read from libphonenumber's own metadata,
 * are asked in the same order, but a pattern that cannot match any number starting with the number's first three
 * digits (the pattern fails on those digits before it reaches their end: {@link Matcher#hitEnd()} is false) is known
 * not to match, so it is skipped: a Turkish mobile number meets two patterns, the general one and the mobile one.
 * The result is libphonenumber's by construction; {@code TurkishNumberTypesTest} checks it against
 * {@code getNumberType} for every three-digit start.
 */
final class TurkishNumberTypes {

    static final int COUNTRY_CODE = 90;
    private static final String METADATA = "/com/google/i18n/phonenumbers/data/PhoneNumberMetadataProto_TR";
    private static final int PREFIX_DIGITS = 3;
    private static final byte MAY = 1;
    private static final byte CANNOT = 2;

    /** One of the region's patterns, with the starts it may match. */
    private static final class Desc {
        final Pattern pattern;
        /** By length: whether the pattern's possible lengths hold it; null when the pattern names none (any length). */
        final boolean[] possibleLength;
        /**
         * By start: {@link #MAY} or {@link #CANNOT}, decided on the start's first number (0: not yet). Deciding all
         * thousand starts of every pattern up front took a tenth of a second or more at class load. Threads that race
         * on a start decide it alike, and a byte is written whole.
         */
        final byte[] verdict = new byte[1000];

        Desc(PhoneNumberDesc desc) {
            this.pattern = desc.getNationalNumberPattern().isEmpty() ? null : Pattern.compile(desc.getNationalNumberPattern());
            List<Integer> lengths = desc.getPossibleLengthList();
            this.possibleLength = lengths.isEmpty() ? null
                    : new boolean[lengths.stream().mapToInt(Integer::intValue).max().getAsInt() + 1];
            for (int length : lengths) {
                if (length >= 0) {
                    possibleLength[length] = true;
                }
            }
        }

        /** Whether the pattern may match a number with these first three digits. */
        private byte decide(int start) {
            String digits = new String(new char[] {
                (char) ('0' + start / 100), (char) ('0' + start / 10 % 10), (char) ('0' + start % 10)});
            Matcher m = pattern.matcher(digits);
            return m.matches() || m.hitEnd() ? MAY : CANNOT;
        }

        /** libphonenumber's {@code isNumberMatchingDesc}, with the start's verdict first. */
        boolean matches(String nsn, int start) {
            if (pattern == null) {
                return false;
            }
            byte v = verdict[start];
            if (v == 0) {
                v = decide(start);
                verdict[start] = v;
            }
            if (v == CANNOT) {
                return false;
            }
            int length = nsn.length();
            if (possibleLength != null && (length >= possibleLength.length || !possibleLength[length])) {
                return false;
            }
            return pattern.matcher(nsn).matches();
        }
    }

    private final Desc general;
    /** Premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail: getNumberType's order. */
    private final List<Desc> special = new ArrayList<>();
    private final PhoneNumberType[] specialTypes = {PhoneNumberType.PREMIUM_RATE, PhoneNumberType.TOLL_FREE,
        PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER,
        PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL};
    private final Desc fixedLine;
    private final Desc mobile;
    private final boolean sameMobileAndFixedLinePattern;

    private TurkishNumberTypes(PhoneMetadata md) {
        general = new Desc(md.getGeneralDesc());
        special.add(new Desc(md.getPremiumRate()));
        special.add(new Desc(md.getTollFree()));
        special.add(new Desc(md.getSharedCost()));
        special.add(new Desc(md.getVoip()));
        special.add(new Desc(md.getPersonalNumber()));
        special.add(new Desc(md.getPager()));
        special.add(new Desc(md.getUan()));
        special.add(new Desc(md.getVoicemail()));
        fixedLine = new Desc(md.getFixedLine());
        mobile = new Desc(md.getMobile());
        sameMobileAndFixedLinePattern = md.getSameMobileAndFixedLinePattern();
    }

    /**
     * libphonenumber's Turkish metadata, read the way libphonenumber reads it (a resource of its own jar, which an OSGi
     * bundle may read without exporting its package); null when it cannot be read, and then callers ask
     * {@code getNumberType}.
     */
    static TurkishNumberTypes load() {
        try (InputStream in = PhoneNumberUtil.class.getResourceAsStream(METADATA)) {
            if (in == null) {
                return null;
            }
            PhoneMetadataCollection collection = new PhoneMetadataCollection();
            collection.readExternal(new ObjectInputStream(in));
            for (PhoneMetadata md : collection.getMetadataList()) {
                if ("TR".equals(md.getId()) && md.getCountryCode() == COUNTRY_CODE) {
                    return new TurkishNumberTypes(md);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What {@code getNumberType} answers for a Turkish number with this national significant number (digits only). */
    PhoneNumberType typeOf(String nsn) {
        int start = start(nsn);
        if (start < 0) {
            return null;
        }
        if (!general.matches(nsn, start)) {
            return PhoneNumberType.UNKNOWN;
        }
        for (int i = 0; i < special.size(); i++) {
            if (special.get(i).matches(nsn, start)) {
                return specialTypes[i];
            }
        }
        if (fixedLine.matches(nsn, start)) {
            return sameMobileAndFixedLinePattern || mobile.matches(nsn, start)
                    ? PhoneNumberType.FIXED_LINE_OR_MOBILE : PhoneNumberType.FIXED_LINE;
        }
        return !sameMobileAndFixedLinePattern && mobile.matches(nsn, start)
                ? PhoneNumberType.MOBILE : PhoneNumberType.UNKNOWN;
    }

    /** The first three digits as a number; -1 when there are fewer than three, or any is not an ASCII digit. */
    private static int start(String nsn) {
        if (nsn.length() < PREFIX_DIGITS) {
            return -1;
        }
        int start = 0;
        for (int i = 0; i < PREFIX_DIGITS; i++) {
            char c = nsn.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            start = start * 10 + (c - '0');
        }
        return start;
    }
}
