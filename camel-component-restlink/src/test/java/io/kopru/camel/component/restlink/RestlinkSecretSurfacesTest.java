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

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.sandbox.junit.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.kopru.camel.test.secrets.SecretSurfaces;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restlink's API keys, secret, password and JWTs kept off every surface of a running component beyond its logs, in
 * all three authentication modes: JMX attributes of endpoints and components, the route dump (with
 * {@code dump-routes-resolve-placeholders=false}, see the README), Camel Main's startup summary, the health check
 * details, and the message and toString() of endpoints, configurations and errors. One Camel Main run; one test per
 * surface.
 */
class RestlinkSecretSurfacesTest {

    private static final String PLAIN_KEY = "sk_prod_0f1e2d3c4b5a69788796a5b4";
    private static final String SIGNED_KEY = "sk_prod_9a8b7c6d5e4f30211203f4e5";
    private static final String SECRET = "rls_1a2b3c4d5e6f708192a3b4c5d6e7f809";
    private static final String WRONG_SECRET = "rls_wrong_5d6e7f8091a2b3c4";
    private static final String USER = "ops-integration";
    private static final String PASSWORD = "Pw-2e8f4a6c0d1b3957";
    private static final RestlinkSimulator SIMULATOR = new RestlinkSimulator();

    private static ProviderSandbox sandbox;
    private static LogCapture log;
    private static Main main;
    private static CamelContext context;
    private static Exchange failed;
    private static String jwt;

    @BeforeAll
    static void run() throws Exception {
        sandbox = ProviderSandbox.of(SIMULATOR).start();
        SIMULATOR.addApiKey(PLAIN_KEY, null);
        SIMULATOR.addApiKey(SIGNED_KEY, SECRET);
        SIMULATOR.addUser(USER, PASSWORD);
        log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS);
        Properties props = SecretSurfaces.camelMainProperties();
        props.setProperty("camel.component.restlink.base-url", sandbox.baseUrl(RestlinkSimulator.class));
        props.setProperty("camel.component.restlink.sender", "KOPRU");
        props.setProperty("restlink.plain.api-key", PLAIN_KEY);
        props.setProperty("restlink.signed.api-key", SIGNED_KEY);
        props.setProperty("restlink.secret-key", SECRET);
        props.setProperty("restlink.wrong.secret-key", WRONG_SECRET);
        props.setProperty("restlink.username", USER);
        props.setProperty("restlink.password", PASSWORD);
        main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").routeId("plain").to("restlink:send?apiKey={{restlink.plain.api-key}}");
                from("direct:signed").routeId("signed").to("restlink:send?apiKey={{restlink.signed.api-key}}"
                                                           + "&secretKey={{restlink.secret-key}}&signRequests=true");
                from("direct:jwt").routeId("jwt")
                        .to("restlink:send?username={{restlink.username}}&password={{restlink.password}}");
                from("direct:login").routeId("login")
                        .to("restlink:login?username={{restlink.username}}&password={{restlink.password}}");
                from("direct:wrong").routeId("wrong").to("restlink:send?apiKey={{restlink.signed.api-key}}"
                                                         + "&secretKey={{restlink.wrong.secret-key}}&signRequests=true");
            }
        });
        main.start();
        context = main.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();
        for (String route : new String[] {"direct:plain", "direct:signed", "direct:jwt"}) {
            assertThat(template.send(route, e -> {
                e.getMessage().setBody("Merhaba");
                e.getMessage().setHeader("CamelSmsTo", "5321234567");
            }).getException()).isNull();
        }
        Exchange login = template.send("direct:login", e -> { });
        assertThat(login.getException()).isNull();
        jwt = login.getMessage().getBody(io.kopru.camel.support.auth.AccessToken.class).getValue();
        failed = template.send("direct:wrong", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader("CamelSmsTo", "5321234567");
        });
        assertThat(failed.getException()).isNotNull();
    }

    @AfterAll
    static void stop() {
        if (main != null) {
            main.stop();
        }
        log.close();
        sandbox.close();
    }

    private static String[] secrets() {
        java.util.List<String> secrets = new java.util.ArrayList<>(java.util.List.of(PLAIN_KEY, SIGNED_KEY, SECRET,
                WRONG_SECRET, PASSWORD));
        secrets.add(jwt);
        return secrets.toArray(new String[0]);
    }

    @Test
    void noSecretInTheJmxAttributesOfEndpointsAndComponents() throws Exception {
        String seen = SecretSurfaces.jmxAttributesOfEndpointsAndComponents();
        assertThat(seen).contains("restlink://send");
        assertThat(seen).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheRouteDumpWithItsPlaceholdersResolved() {
        String dump = SecretSurfaces.routeDump(log.lines());
        assertThat(dump).as("the routes were dumped resolved, the secret masked").contains("secretKey=xxxxxx");
        assertThat(dump).doesNotContain(secrets());
    }

    @Test
    void noSecretInCamelMainsStartupSummary() {
        String summary = SecretSurfaces.startupSummary(log.lines());
        assertThat(summary).as("Camel Main printed its summary")
                .contains("camel.component.restlink.sender = KOPRU");
        assertThat(summary).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheHealthCheckDetails() {
        String seen = SecretSurfaces.healthCheckDetails(context);
        assertThat(seen).contains("restlink");
        assertThat(seen).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheMessageOrToStringOfModelObjectsAndErrors() {
        String seen = SecretSurfaces.errors(List.of(failed))
                      + SecretSurfaces.endpoints(context, e -> e instanceof RestlinkEndpoint r ? r.getConfiguration() : null)
                      + context.getComponent("restlink", RestlinkComponent.class).getConfiguration();
        assertThat(seen).contains("restlink://send");
        assertThat(seen).doesNotContain(secrets());
    }
}
