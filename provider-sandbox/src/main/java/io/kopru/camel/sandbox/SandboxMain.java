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

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts every simulator from the command line and prints where each listens and the credentials to use:
 * <pre>
 * java -jar provider-sandbox.jar [--base-port 18080] [--documented-limits]
 * </pre>
 * With no base port, each takes a free port. {@code --documented-limits} also enforces the limits that are off by
 * default (iletiMerkezi's 100 calls a second). Stop it with Ctrl-C.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int basePort = 0;
        boolean documentedLimits = false;
        for (int i = 0; i < args.length; i++) {
            if ("--base-port".equals(args[i]) && i + 1 < args.length) {
                basePort = Integer.parseInt(args[++i]);
            } else if ("--documented-limits".equals(args[i])) {
                documentedLimits = true;
            } else {
                System.err.println("usage: java -jar provider-sandbox.jar [--base-port PORT] [--documented-limits]");
                System.exit(2);
            }
        }
        ProviderSandbox sandbox = ProviderSandbox.all(basePort).start();
        if (documentedLimits) {
            ((IletimerkeziSimulator) sandbox.server(IletimerkeziSimulator.class).simulator()).enforceDocumentedLimit();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println(describe(sandbox));
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    /** The URL and credentials of every simulator, for people. */
    public static String describe(ProviderSandbox sandbox) {
        StringBuilder sb = new StringBuilder("Provider sandbox (test credentials only):\n");
        for (SandboxServer server : sandbox.servers()) {
            sb.append("  ").append(server.simulator().name()).append(": ").append(server.baseUrl()).append('\n');
            for (Map.Entry<String, String> c : server.simulator().credentials().entrySet()) {
                sb.append("      ").append(c.getKey()).append(" = ").append(c.getValue()).append('\n');
            }
        }
        return sb.toString();
    }
}
