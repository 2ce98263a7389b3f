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
package io.kopru.camel.component.signaport;

import io.kopru.camel.sandbox.SandboxClock;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.error.ProviderException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.Map;

/**
 * A Camel context whose signaport component talks to the sandbox over real HTTP on loopback, with the sandbox's clock,
 * so that advancing it ages tokens and licences on both sides.
 */
abstract class SignaportTestSupport {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new SignaportSimulator());

    protected CamelContext context;
    protected ProducerTemplate template;
    protected SignaportSimulator signaport;
    protected SandboxServer server;
    protected SandboxClock clock;

    @BeforeEach
    void startCamel() throws Exception {
        signaport = SANDBOX.simulator(SignaportSimulator.class);
        server = SANDBOX.server(SignaportSimulator.class);
        clock = SANDBOX.sandbox().clock();
        context = new DefaultCamelContext();
        SignaportComponent component = new SignaportComponent();
        component.getConfiguration().setLicenseKey(SignaportSimulator.LICENSE_KEY);
        component.getConfiguration().setPassword(SignaportSimulator.PASSWORD);
        component.getConfiguration().setSignatureType(SignaportSignatureType.MEDULA);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        context.getRegistry().bind("sandboxClock", clock); // the component finds it by type
        context.addComponent("signaport", component);
        configureContext(context);
        context.start();
        template = context.createProducerTemplate();
    }

    /** Adds routes or beans before the context starts. */
    protected void configureContext(CamelContext context) throws Exception {
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** Sends to an endpoint and returns the exchange, failed or not. */
    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    protected Exchange call(String uri) {
        return call(uri, null, Map.of());
    }

    /** Sends and returns the exception the exchange failed with. */
    protected static Exception exceptionOf(Exchange exchange) {
        Exception e = exchange.getException();
        if (e instanceof CamelExecutionException && e.getCause() != null) {
            e = (Exception) e.getCause();
        }
        if (e == null) {
            throw new AssertionError("the exchange did not fail");
        }
        return e;
    }

    /** Sends and returns the typed error the producer raised. */
    protected ProviderException failure(String uri, Object body, Map<String, Object> headers) {
        Exception e = exceptionOf(call(uri, body, headers));
        if (!(e instanceof ProviderException)) {
            throw new AssertionError("expected a ProviderException, got " + e, e);
        }
        return (ProviderException) e;
    }

    protected ProviderException failure(String uri) {
        return failure(uri, null, Map.of());
    }
}
