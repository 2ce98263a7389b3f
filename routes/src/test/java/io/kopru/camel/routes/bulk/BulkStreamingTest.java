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
package io.kopru.camel.routes.bulk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk route streams: a recipient file larger than the whole heap of the JVM reading it is batched completely.
 * The route runs in a JVM of its own ({@link BulkStreamingMain}, {@code -Xmx32m}); read whole, the file's bytes alone
 * would not fit in that heap, let alone its lines as strings. Its lines carry their own texts, five of them
 * interleaved, so the batches of several texts are open at once.
 */
class BulkStreamingTest {

    /** Each line a number and one of five texts of 60 characters: 71 bytes a line, 34 MB in all. */
    static final int LINES = 480_000;
    static final int TEXTS = 5;
    static final String HEAP = "-Xmx32m";

    @Test
    void aFileLargerThanTheHeapIsBatchedWhole(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("recipients.txt");
        try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                out.write(Long.toString(5320000000L + i));
                out.write(BulkBatcher.SEPARATOR);
                out.write(String.format("Text %d of the campaign, sixty characters long in all. %05d", i % TEXTS, i % TEXTS));
                out.write('\n');
            }
        }
        assertThat(Files.size(list)).as("the file is larger than the heap").isGreaterThan(32L * 1024 * 1024);

        String output = run(list, dir.resolve("run.log"));

        // five texts of 96 000 numbers each: 96 full batches per text, one text per batch
        assertThat(output).contains("recipients=" + LINES + " batches=" + (LINES / 1000) + " largest=1000 texts="
                                    + TEXTS);
        long heapMax = value(output, "heapMax");
        long heapPeak = value(output, "heapPeak");
        assertThat(heapMax).isLessThan(Files.size(list));
        assertThat(heapPeak).isLessThan(Files.size(list));
    }

    private static String run(Path list, Path log) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", classPath, BulkStreamingMain.class.getName(), list.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the bulk JVM ended in time:\n" + output).isTrue();
        assertThat(process.exitValue()).as("the bulk JVM's exit:\n" + output).isZero();
        return output;
    }

    private static long value(String output, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "=(\\d+)").matcher(output);
        assertThat(m.find()).as(name + " in\n" + output).isTrue();
        return Long.parseLong(m.group(1));
    }
}
