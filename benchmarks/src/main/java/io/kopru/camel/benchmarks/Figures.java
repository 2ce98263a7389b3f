package io.kopru.camel.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run: printed as {@code figure: NAME VALUE}, one a line, and written to a results file. */
public final class Figures {

    private final List<String> lines = new ArrayList<>();

    public void add(String name, double value) {
        String line = String.format(Locale.ROOT, "figure: %s %.4f", name, value);
        lines.add(line);
        System.out.println(line);
    }

    public void note(String text) {
        String line = "# " + text;
        lines.add(line);
        System.out.println(line);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
