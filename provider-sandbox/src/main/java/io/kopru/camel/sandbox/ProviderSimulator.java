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

import java.io.IOException;
import java.util.Map;

/**
 * One provider's API, simulated as strictly as its documents describe it. A {@link SandboxServer} gives it every
 * request that no {@link Fault} intercepts.
 */
public interface ProviderSimulator {

    /** The provider's name, e.g. {@code iletimerkezi}. */
    String name();

    /** Called once when the server starts, before any request. */
    default void attach(SandboxServer server) {
    }

    /** Called once when the server stops: ends whatever the simulator runs of its own (threads, timers). */
    default void close() {
    }

    /** Answers one request. */
    void handle(SandboxExchange exchange) throws IOException;

    /** The body of an error answer the sandbox sends for a fault (500, 503), in the provider's format. */
    default String faultBody(int status) {
        return "{\"error\":\"sandbox fault " + status + "\"}";
    }

    /** What a person needs to use the simulator: credentials, test users, codes. Printed by the standalone start. */
    Map<String, String> credentials();

    /** Forgets everything that happened: accepted messages, counters, tokens. Accounts go back to their defaults. */
    void reset();
}
