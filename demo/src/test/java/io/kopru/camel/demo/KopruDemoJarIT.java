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
package io.kopru.camel.demo;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job, started as a user starts it: java -jar, no credentials, a time limit. */
class KopruDemoJarIT {

    @Test
    void theRunnableJarPrintsDeliveryReportsAndExitsZero() throws Exception {
        Path jar = Path.of("target", "kopru-demo.jar");
        assertThat(jar).exists();
        Path out = Files.createTempFile("kopru-main-job", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Dcamel.main.durationMaxSeconds=30", "-jar",
                jar.toString())).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().remove("ILETIMERKEZI_API_KEY");
        pb.environment().remove("ILETIMERKEZI_API_HASH");
        Process process = pb.start();
        boolean ended = process.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String log = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(ended).as("the job stopped by itself:\n" + log).isTrue();
        assertThat(process.exitValue()).as("exit code:\n" + log).isZero();
        assertThat(log).contains("Provider sandbox (test credentials only)")
                .contains("failing over")
                .contains("parked")
                .contains("delivery report: DeliveryReport[provider=iletimerkezi")
                .contains("status=DELIVERED")
                .contains("status=UNDELIVERED")
                .contains("document 'reçete-2026-0001.xml' has a fresh sign token until")
                .contains("document 'reçete-2026-0002.xml' has a fresh sign token until");
        new File(out.toString()).delete();
    }
}
