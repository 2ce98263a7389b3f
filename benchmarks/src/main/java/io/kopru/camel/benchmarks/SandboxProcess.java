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

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;

import java.io.IOException;

/**
 * The iletiMerkezi sandbox in a process of its own, so that the client CPU measured in the benchmark's JVM is the
 * clients' alone: prints {@code port N} once listening, with an account of the benchmark's key and ample credits, and
 * stops when its standard input closes (the benchmark ended, or died).
 */
public final class SandboxProcess {

    private SandboxProcess() {
    }

    public static void main(String[] args) throws IOException {
        IletimerkeziSimulator simulator = new IletimerkeziSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start()) {
            simulator.addAccount(IletimerkeziBench.KEY, IletimerkeziBench.HASH).smsCredits(Long.MAX_VALUE / 4);
            System.out.println("port " + sandbox.server(IletimerkeziSimulator.class).port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }

    /** Starts the sandbox process from this JVM's class path; returns once it listens. */
    static Started start() throws IOException {
        String javaBin = System.getProperty("java.home") + "/bin/java";
        Process process = new ProcessBuilder(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SandboxProcess.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("port ")) {
                return new Started(process, Integer.parseInt(line.substring(5).trim()));
            }
        }
        process.destroyForcibly();
        throw new IOException("the sandbox process ended before listening");
    }

    /** A running sandbox process and its port. */
    static final class Started implements AutoCloseable {
        final Process process;
        final int port;

        Started(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
