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
package io.kopru.camel.component.mobildev.api;

/** How an answer that cannot be read is quoted in an error: short, on one line, and without the credentials. */
public final class MobildevAnswers {

    static final int MAX_QUOTED = 120;

    private MobildevAnswers() {
    }

    /**
     * The answer in quotes, at most {@value #MAX_QUOTED} characters, control characters shown as {@code ?}, every
     * occurrence of a secret (a proxy may echo the request, whose XML holds them) replaced by {@code ***}.
     */
    public static String quote(String answer, String... secrets) {
        if (answer == null) {
            return "(no answer)";
        }
        String text = answer;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                text = text.replace(secret, "***");
            }
        }
        boolean cut = text.length() > MAX_QUOTED;
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().limit(MAX_QUOTED)
                .forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.append(cut ? "...\" (" + answer.length() + " characters)" : "\"").toString();
    }
}
