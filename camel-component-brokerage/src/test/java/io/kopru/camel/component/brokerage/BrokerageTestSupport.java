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
package io.kopru.camel.component.brokerage;

import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.support.error.ProviderException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * A Camel context whose brokerage component talks to the sandbox over real HTTP on loopback, reads time from the
 * sandbox's clock (so that moving it expires tokens on both sides), and serves platform-http on a free port.
 */
abstract class BrokerageTestSupport {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new BrokerageSimulator());

    protected CamelContext context;
    protected ProducerTemplate template;
    protected BrokerageSimulator brokerage;
    protected SandboxServer server;
    protected int httpPort;

    @BeforeEach
    void startCamel() throws Exception {
        brokerage = SANDBOX.simulator(BrokerageSimulator.class);
        server = SANDBOX.server(BrokerageSimulator.class);
        context = new DefaultCamelContext();
        httpPort = freePort();
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(httpPort);
        context.addService(new VertxPlatformHttpServer(http));
        BrokerageComponent component = new BrokerageComponent();
        component.getConfiguration().setApiKey(BrokerageSimulator.API_KEY);
        component.getConfiguration().setSecretKey(BrokerageSimulator.SECRET_KEY);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        context.getRegistry().bind("sandboxClock", SANDBOX.sandbox().clock()); // the component finds it by type
        context.addComponent("brokerage", component);
        addRoutes();
        context.start();
        template = context.createProducerTemplate();
    }

    /** Routes a test class needs before the context starts. */
    protected void addRoutes() throws Exception {
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    protected Exchange ok(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = call(uri, body, headers);
        if (exchange.getException() != null) {
            throw new AssertionError("expected success, got " + exchange.getException(), exchange.getException());
        }
        return exchange;
    }

    protected ProviderException failure(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = call(uri, body, headers);
        ProviderException e = exchange.getException(ProviderException.class); // the cause chain, too
        if (e == null) {
            throw new AssertionError("expected a ProviderException, got " + exchange.getException(),
                    exchange.getException());
        }
        return e;
    }

    /** Requests to the two token endpoints, whatever their outcome. */
    protected int tokenCalls() {
        return server.requestCount(BrokerageSimulator.AUTHENTICATE) + server.requestCount(BrokerageSimulator.REFRESH);
    }
}
