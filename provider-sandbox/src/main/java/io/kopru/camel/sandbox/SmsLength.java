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
package io.kopru.camel.sandbox;

/**
 * How many SMS parts a text takes, as a provider bills it: GSM-7 (160, 153 per part), GSM-7 with the Turkish single
 * shift table (155, 149), or UCS-2 (70, 67). Characters of an extension or shift table count twice. Deliberately
 * simple (whole-part division): a provider never counts fewer parts than this, so the sandbox is never laxer.
 */
public final class SmsLength {

    private static final String DEFAULT_ALPHABET = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                                   + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final String TURKISH_EXTRA = "ĞİŞçğış";

    private SmsLength() {
    }

    public static int parts(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int septets = 0;
        boolean turkish = false;
        for (char c : text.toCharArray()) {
            if (DEFAULT_ALPHABET.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else if (TURKISH_EXTRA.indexOf(c) >= 0) {
                septets += 2;
                turkish = true;
            } else {
                return divide(text.length(), 70, 67);
            }
        }
        return turkish ? divide(septets, 155, 149) : divide(septets, 160, 153);
    }

    /**
     * Whether every character is in the GSM 03.38 default alphabet or its extension table, so the text can travel as
     * GSM-7 without a national shift table.
     */
    public static boolean isGsm7(String text) {
        if (text == null) {
            return true;
        }
        for (char c : text.toCharArray()) {
            if (DEFAULT_ALPHABET.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int divide(int units, int single, int perPart) {
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }
}
