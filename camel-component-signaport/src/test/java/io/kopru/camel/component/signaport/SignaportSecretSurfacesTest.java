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

import io.kopru.camel.component.signaport.api.SignaportToken;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.junit.LogCapture;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.kopru.camel.test.secrets.SecretSurfaces;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signaport's licence password and the tokens it issues (sign and access tokens) kept off every surface of a running
 * component beyond its logs: JMX attributes of endpoints and components, the route dump (with
 * {@code dump-routes-resolve-placeholders=false}, see the README), Camel Main's startup summary, the health check
 * details, and the message and toString() of endpoints, configurations and errors (a wrong password, a sign token
 * used twice). The licence key is not a secret (it travels in the check-quota URL, see the README). One Camel Main
 * run; one test per surface.
 */
class SignaportSecretSurfacesTest {

    private static final String LICENSE_KEY = "SP-SURFACES-LICENSE-0009";
    private static final String PASSWORD = "sp-surfaces-password-4b7d1e";
    private static final String WRONG_PASSWORD = "sp-wrong-password-90c3a5";
    private static final SignaportSimulator SIMULATOR = new SignaportSimulator();

    private static ProviderSandbox sandbox;
    private static LogCapture log;
    private static Main main;
    private static CamelContext context;
    private static final List<Exchange> FAILED = new ArrayList<>();
    private static SignaportToken token;

    @BeforeAll
    static void run() throws Exception {
        sandbox = ProviderSandbox.of(SIMULATOR).start();
        SIMULATOR.addLicense(LICENSE_KEY, PASSWORD);
        log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS);
        Properties props = SecretSurfaces.camelMainProperties();
        props.setProperty("camel.component.signaport.base-url", sandbox.baseUrl(SignaportSimulator.class));
        props.setProperty("camel.component.signaport.signature-type", "MEDULA");
        props.setProperty("signaport.license-key", LICENSE_KEY);
        props.setProperty("signaport.password", PASSWORD);
        props.setProperty("signaport.wrong.password", WRONG_PASSWORD);
        main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                String credentials = "licenseKey={{signaport.license-key}}&password={{signaport.password}}";
                from("direct:token").routeId("token").to("signaport:get-token?" + credentials);
                from("direct:quota").routeId("quota").to("signaport:check-quota?" + credentials);
                from("direct:validate").routeId("validate").to("signaport:validate?" + credentials);
                from("direct:wrong").routeId("wrong")
                        .to("signaport:get-token?licenseKey={{signaport.license-key}}"
                            + "&password={{signaport.wrong.password}}");
            }
        });
        main.start();
        context = main.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();
        Exchange issued = template.send("direct:token", e -> { });
        assertThat(issued.getException()).isNull();
        token = issued.getMessage().getBody(SignaportToken.class);
        assertThat(template.send("direct:quota", e -> { }).getException()).isNull();
        for (int use = 1; use <= 2; use++) {
            Exchange validated = template.send("direct:validate", e -> {
                e.getMessage().setBody(token.getSignToken());
                e.getMessage().setHeader(SignaportConstants.ORIGIN, SignaportSimulator.ORIGIN);
            });
            if (use == 1) {
                assertThat(validated.getException()).isNull();
            } else {
                assertThat(validated.getException()).as("a sign token is single use").isNotNull();
                FAILED.add(validated);
            }
        }
        Exchange wrong = template.send("direct:wrong", e -> { });
        assertThat(wrong.getException()).isNotNull();
        FAILED.add(wrong);
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
        return new String[] {PASSWORD, WRONG_PASSWORD, token.getSignToken(), token.getAccessToken()};
    }

    @Test
    void noSecretInTheJmxAttributesOfEndpointsAndComponents() throws Exception {
        String seen = SecretSurfaces.jmxAttributesOfEndpointsAndComponents();
        assertThat(seen).contains("signaport://get-token");
        assertThat(seen).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheRouteDumpWithItsPlaceholdersResolved() {
        String dump = SecretSurfaces.routeDump(log.lines());
        assertThat(dump).as("the routes were dumped resolved, the secret masked").contains("password=xxxxxx");
        assertThat(dump).doesNotContain(secrets());
    }

    @Test
    void noSecretInCamelMainsStartupSummary() {
        String summary = SecretSurfaces.startupSummary(log.lines());
        assertThat(summary).as("Camel Main printed its summary")
                .contains("camel.component.signaport.signatureType = MEDULA");
        assertThat(summary).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheHealthCheckDetails() {
        String seen = SecretSurfaces.healthCheckDetails(context);
        assertThat(seen).contains("signaport");
        assertThat(seen).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheMessageOrToStringOfModelObjectsAndErrors() {
        String seen = SecretSurfaces.errors(FAILED)
                      + SecretSurfaces.endpoints(context, e -> e instanceof SignaportEndpoint s ? s.getConfiguration() : null)
                      + context.getComponent("signaport", SignaportComponent.class).getConfiguration() + '\n' + token;
        assertThat(seen).contains("signaport://get-token");
        assertThat(seen).doesNotContain(secrets());
    }
}
