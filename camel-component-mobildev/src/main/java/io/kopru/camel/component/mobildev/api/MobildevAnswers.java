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
