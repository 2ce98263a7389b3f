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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.component.mobildev.api.MobildevAuthorization;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.mobildev.MobildevConsent;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.error.ProviderException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** A Camel context whose mobildev component talks to the sandbox over real HTTP on loopback. */
abstract class MobildevTestSupport {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new MobildevSimulator());

    protected CamelContext context;
    protected ProducerTemplate template;
    protected MobildevSimulator mobildev;
    protected SandboxServer server;

    @BeforeEach
    void startCamel() throws Exception {
        mobildev = SANDBOX.simulator(MobildevSimulator.class);
        server = SANDBOX.server(MobildevSimulator.class);
        context = new DefaultCamelContext();
        MobildevComponent component = new MobildevComponent();
        MobildevConfiguration c = component.getConfiguration();
        c.setApiKey(MobildevSimulator.API_KEY);
        c.setSecretKey(MobildevSimulator.API_SECRET);
        c.setClientId(MobildevSimulator.CLIENT_ID);
        c.setClientSecret(MobildevSimulator.CLIENT_SECRET);
        c.setRedirectUri(MobildevSimulator.REDIRECT_URI);
        c.setBaseUrl(server.baseUrl());
        configure(component);
        context.addComponent("mobildev", component);
        context.start();
        template = context.createProducerTemplate();
    }

    /** Lets a test class change the component before the context starts. */
    protected void configure(MobildevComponent component) throws Exception {
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

    /** Sends, expecting success, and returns the answer message's exchange. */
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
        Exception e = exchange.getException();
        if (e instanceof CamelExecutionException && e.getCause() != null) {
            e = (Exception) e.getCause();
        }
        if (!(e instanceof ProviderException)) {
            throw new AssertionError("expected a ProviderException, got " + e, e);
        }
        return (ProviderException) e;
    }

    /** The authorize URL the component hands out, for the default consent. */
    protected String authorizeUrl() {
        return ok("mobildev:authorize-url", null, Map.of()).getMessage().getBody(String.class);
    }

    /**
     * The whole consent: authorize-url, the test user through the sandbox's pages (scripted over HTTP), exchange-code
     * with the callback URL.
     */
    protected MobildevAuthorization authorize(UnaryOperator<MobildevConsent> person) {
        URI callback = person.apply(MobildevConsent.at(authorizeUrl())).give();
        assertThat(callback.toString()).startsWith(MobildevSimulator.REDIRECT_URI);
        return ok("mobildev:exchange-code", callback.toString(), Map.of()).getMessage()
                .getBody(MobildevAuthorization.class);
    }

    protected MobildevAuthorization authorize() {
        return authorize(p -> p);
    }
}
