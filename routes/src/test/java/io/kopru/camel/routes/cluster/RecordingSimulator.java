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
package io.kopru.camel.routes.cluster;

import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxServer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A simulator that keeps, besides what it simulates, when each request came and how it was answered. */
final class RecordingSimulator implements ProviderSimulator {

    /** One request: when its answer was ready, its path, its status. */
    static final class Request {
        final long atMillis;
        final String path;
        final int status;

        Request(long atMillis, String path, int status) {
            this.atMillis = atMillis;
            this.path = path;
            this.status = status;
        }
    }

    private final ProviderSimulator simulator;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    RecordingSimulator(ProviderSimulator simulator) {
        this.simulator = simulator;
    }

    List<Request> requests() {
        return requests;
    }

    @Override
    public String name() {
        return simulator.name();
    }

    @Override
    public void attach(SandboxServer server) {
        simulator.attach(server);
    }

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        simulator.handle(exchange);
        requests.add(new Request(System.currentTimeMillis(), exchange.path(), exchange.status()));
    }

    @Override
    public String faultBody(int status) {
        return simulator.faultBody(status);
    }

    @Override
    public Map<String, String> credentials() {
        return simulator.credentials();
    }

    @Override
    public void reset() {
        simulator.reset();
        requests.clear();
    }
}
