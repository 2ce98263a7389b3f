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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Several simulators, each on its own loopback server, sharing one clock. Start it in a test, a demo or from the
 * command line ({@link SandboxMain}), and point each component's {@code baseUrl} at {@link #baseUrl(Class)}.
 */
public final class ProviderSandbox implements AutoCloseable {

    private final SandboxClock clock = new SandboxClock();
    private final Map<String, SandboxServer> servers = new LinkedHashMap<>();

    private ProviderSandbox(List<ProviderSimulator> simulators, int basePort) {
        int i = 0;
        for (ProviderSimulator simulator : simulators) {
            int port = basePort == 0 ? 0 : basePort + i++;
            servers.put(simulator.name(), new SandboxServer(simulator, clock, port));
        }
    }

    /** A sandbox of the given simulators on free ports. */
    public static ProviderSandbox of(ProviderSimulator... simulators) {
        return new ProviderSandbox(List.of(simulators), 0);
    }

    /** Every simulator on the class path (listed in {@code META-INF/services/io.kopru.camel.sandbox.ProviderSimulator}). */
    public static ProviderSandbox all(int basePort) {
        List<ProviderSimulator> found = new ArrayList<>();
        ServiceLoader.load(ProviderSimulator.class).forEach(found::add);
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return new ProviderSandbox(found, basePort);
    }

    public ProviderSandbox start() {
        try {
            for (SandboxServer server : servers.values()) {
                server.start();
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot start the provider sandbox", e);
        }
        return this;
    }

    @Override
    public void close() {
        servers.values().forEach(SandboxServer::close);
    }

    public SandboxClock clock() {
        return clock;
    }

    public List<SandboxServer> servers() {
        return List.copyOf(servers.values());
    }

    public SandboxServer server(String provider) {
        SandboxServer server = servers.get(provider);
        if (server == null) {
            throw new IllegalArgumentException("no " + provider + " simulator in this sandbox; it has "
                                               + servers.keySet());
        }
        return server;
    }

    public SandboxServer server(Class<? extends ProviderSimulator> type) {
        return servers.values().stream().filter(s -> type.isInstance(s.simulator())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " in this sandbox"));
    }

    public <T extends ProviderSimulator> T simulator(Class<T> type) {
        return type.cast(server(type).simulator());
    }

    public String baseUrl(Class<? extends ProviderSimulator> type) {
        return server(type).baseUrl();
    }

    /** Forgets every request, fault and message; the clock goes back to real time. */
    public void reset() {
        servers.values().forEach(SandboxServer::reset);
    }
}
