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
package io.kopru.camel.sandbox.junit;

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link ProviderSandbox} for a test class: started on free loopback ports before the first test, reset
 * before each test (unless told otherwise), stopped after the last one.
 * <pre>
 * &#64;RegisterExtension
 * static ProviderSandboxExtension sandbox = ProviderSandboxExtension.of(new IletimerkeziSimulator());
 *
 * &#64;Test
 * void sends(IletimerkeziSimulator iletimerkezi) {
 *     String baseUrl = sandbox.baseUrl(IletimerkeziSimulator.class);
 *     ...
 * }
 * </pre>
 * Test methods may declare a parameter of any simulator type, of {@link ProviderSandbox}, or of
 * {@link SandboxServer} (when the sandbox has one simulator).
 */
public final class ProviderSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private final ProviderSandbox sandbox;
    private boolean resetBeforeEach = true;
    private boolean started;

    private ProviderSandboxExtension(ProviderSandbox sandbox) {
        this.sandbox = sandbox;
    }

    public static ProviderSandboxExtension of(ProviderSimulator... simulators) {
        return new ProviderSandboxExtension(ProviderSandbox.of(simulators));
    }

    /** Keeps state across the tests of the class instead of resetting it before each. */
    public ProviderSandboxExtension keepStateBetweenTests() {
        this.resetBeforeEach = false;
        return this;
    }

    public ProviderSandbox sandbox() {
        ensureStarted();
        return sandbox;
    }

    public String baseUrl(Class<? extends ProviderSimulator> type) {
        return sandbox().baseUrl(type);
    }

    public <T extends ProviderSimulator> T simulator(Class<T> type) {
        return sandbox().simulator(type);
    }

    public SandboxServer server(Class<? extends ProviderSimulator> type) {
        return sandbox().server(type);
    }

    private synchronized void ensureStarted() {
        if (!started) {
            sandbox.start();
            started = true;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ensureStarted();
        if (resetBeforeEach) {
            sandbox.reset();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        sandbox.close();
        started = false;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ProviderSandbox.class
               || (type == SandboxServer.class && sandbox.servers().size() == 1)
               || (ProviderSimulator.class.isAssignableFrom(type)
                   && sandbox.servers().stream().anyMatch(s -> type.isInstance(s.simulator())));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ensureStarted();
        Class<?> type = parameter.getParameter().getType();
        if (type == ProviderSandbox.class) {
            return sandbox;
        }
        if (type == SandboxServer.class) {
            return sandbox.servers().get(0);
        }
        return sandbox.servers().stream().map(SandboxServer::simulator).filter(type::isInstance).findFirst()
                .orElseThrow(() -> new ParameterResolutionException("no " + type.getSimpleName() + " in the sandbox"));
    }
}
