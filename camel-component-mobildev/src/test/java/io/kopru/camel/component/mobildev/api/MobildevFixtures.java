package io.kopru.camel.component.mobildev.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The answer shapes public sources show, under {@code provider-fixtures/}, each with its {@code .source} beside it. */
public final class MobildevFixtures {

    private MobildevFixtures() {
    }

    public static String read(String name) {
        try (InputStream in = MobildevFixtures.class.getResourceAsStream("/provider-fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            if (MobildevFixtures.class.getResource("/provider-fixtures/" + name + ".source") == null) {
                throw new IllegalStateException("fixture " + name + " names no source");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
