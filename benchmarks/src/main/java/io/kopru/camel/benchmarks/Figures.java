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
package io.kopru.camel.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /** Adds the lines to the end of a results file (written by an earlier measurement in another JVM). */
    public void append(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
