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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.support.error.ProviderException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

/** A Camel context whose iletimerkezi component talks to the sandbox over real HTTP on loopback. */
abstract class IletimerkeziTestSupport {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    protected CamelContext context;
    protected ProducerTemplate template;
    protected IletimerkeziSimulator iletimerkezi;
    protected SandboxServer server;

    @BeforeEach
    void startCamel() throws Exception {
        iletimerkezi = SANDBOX.simulator(IletimerkeziSimulator.class);
        server = SANDBOX.server(IletimerkeziSimulator.class);
        context = new DefaultCamelContext();
        IletimerkeziComponent component = new IletimerkeziComponent();
        component.getConfiguration().setApiKey(IletimerkeziSimulator.API_KEY);
        component.getConfiguration().setSecretKey(IletimerkeziSimulator.API_HASH);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setSender("ACME");
        context.addComponent("iletimerkezi", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** Sends to an endpoint and returns the exchange, failed or not. */
    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    /** Sends and returns the typed error the producer raised. */
    protected ProviderException failure(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = call(uri, body, headers);
        Exception e = exchange.getException();
        if (e instanceof CamelExecutionException && e.getCause() != null) {
            e = (Exception) e.getCause();
        }
        if (!(e instanceof ProviderException)) {
            throw new AssertionError("expected a ProviderException, got " + e, e);
        }
        return (ProviderException) e;
    }
}
