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

/**
 * Counts the SMS parts a text takes, choosing the cheapest encoding that can carry it: GSM-7, GSM-7 with the Turkish
 * single shift table, or UCS-2. A two-septet character or a surrogate pair is never split across parts, as handsets
 * would not reassemble it, so a long text may take one part more than a plain division suggests.
 */
public final class SmsSegments {

    /** GSM 03.38 default alphabet, one septet each. */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Default extension table: escape + character, two septets each. */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";
    /** Turkish national language single shift table (3GPP TS 23.038 A.2.1), two septets each. */
    private static final String TURKISH_SHIFT = "\f^{}\\[~]|ĞİŞç€ğış";

    private SmsSegments() {
    }

    /** The result of counting one text. */
    public static final class Count {
        private final SmsEncoding encoding;
        private final int units;
        private final int segments;

        Count(SmsEncoding encoding, int units, int segments) {
            this.encoding = encoding;
            this.units = units;
            this.segments = segments;
        }

        public SmsEncoding encoding() {
            return encoding;
        }

        /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
        public int units() {
            return units;
        }

        /** SMS parts the text takes; 0 for an empty text. */
        public int segments() {
            return segments;
        }

        @Override
        public String toString() {
            return encoding + ": " + units + " units in " + segments + " part(s)";
        }
    }

    public static Count count(String text) {
        if (text == null || text.isEmpty()) {
            return new Count(SmsEncoding.GSM7, 0, 0);
        }
        if (fits(text, GSM_EXTENSION)) {
            return pack(text, SmsEncoding.GSM7, GSM_EXTENSION);
        }
        if (fits(text, TURKISH_SHIFT)) {
            return pack(text, SmsEncoding.GSM7_TURKISH, TURKISH_SHIFT);
        }
        return pack(text, SmsEncoding.UCS2, null);
    }

    private static boolean fits(String text, String shiftTable) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && shiftTable.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Count pack(String text, SmsEncoding encoding, String shiftTable) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += cost(text, i, shiftTable);
        }
        if (total <= encoding.singleLimit()) {
            return new Count(encoding, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = cost(text, i, shiftTable);
            if (shiftTable == null && Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = 2; // the pair travels together
                i++;
            }
            if (used + c > encoding.partLimit()) {
                segments++;
                used = 0;
            }
            used += c;
        }
        return new Count(encoding, total, segments);
    }

    private static int cost(String text, int i, String shiftTable) {
        if (shiftTable == null) {
            return 1; // UCS-2: one code unit per char; pairs are kept whole by the caller
        }
        return GSM_BASIC.indexOf(text.charAt(i)) >= 0 ? 1 : 2;
    }
}
