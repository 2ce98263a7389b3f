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
package io.kopru.camel.component.restlink;

import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.support.error.ProviderException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.Map;

/** A Camel context whose restlink component talks to the sandbox over real HTTP on loopback. */
abstract class RestlinkTestSupport {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new RestlinkSimulator());

    /** The credentials of each mode, as endpoint options. */
    static final String API_KEY_MODE = "apiKey=" + RestlinkSimulator.API_KEY;
    static final String SIGNED_MODE = "apiKey=" + RestlinkSimulator.SIGNED_API_KEY + "&secretKey="
                                      + RestlinkSimulator.API_SECRET + "&signRequests=true";
    static final String JWT_MODE = "username=" + RestlinkSimulator.USERNAME + "&password="
                                   + RestlinkSimulator.PASSWORD;

    protected CamelContext context;
    protected ProducerTemplate template;
    protected RestlinkSimulator restlink;
    protected SandboxServer server;

    @BeforeEach
    void startCamel() throws Exception {
        restlink = SANDBOX.simulator(RestlinkSimulator.class);
        server = SANDBOX.server(RestlinkSimulator.class);
        context = new DefaultCamelContext();
        RestlinkComponent component = new RestlinkComponent();
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setSender("KOPRU");
        context.addComponent("restlink", component);
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
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    /** Sends and asserts success. */
    protected Exchange ok(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = call(uri, body, headers);
        if (exchange.getException() != null) {
            throw new AssertionError("expected success, got " + exchange.getException(), exchange.getException());
        }
        return exchange;
    }

    /** Sends and returns the typed error the producer raised. */
    protected ProviderException failure(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = call(uri, body, headers);
        ProviderException e = exchange.getException(ProviderException.class); // the cause chain, too
        if (e == null) {
            throw new AssertionError("expected a ProviderException, got " + exchange.getException(),
                    exchange.getException());
        }
        return e;
    }
}
