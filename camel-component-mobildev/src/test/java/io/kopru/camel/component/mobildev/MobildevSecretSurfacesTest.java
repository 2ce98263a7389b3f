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

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.junit.LogCapture;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.kopru.camel.test.secrets.SecretSurfaces;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mobildev's API key and secret (the integrator API's signing pair, the classic API's UserName and PassWord) and the
 * OAuth client secret kept off every surface of a running component beyond its logs: JMX attributes of endpoints and
 * components, the route dump (placeholders resolved, through the support module's
 * MaskingRouteDumpCustomizer), Camel Main's
 * startup summary, the health check details, and the message and toString() of endpoints, configurations and errors
 * (a wrong secret on each API). One Camel Main run; one test per surface.
 */
class MobildevSecretSurfacesTest {

    private static final String API_KEY = "ent_5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";
    private static final String SECRET = "mQ7xK2pR9tY4wE6aG1bN3cL8dV5fH0jZ";
    private static final String WRONG_SECRET = "wrong_3c4d5e6f7a8b9c0d1e2f";
    private static final MobildevSimulator SIMULATOR = new MobildevSimulator();

    private static ProviderSandbox sandbox;
    private static LogCapture log;
    private static Main main;
    private static CamelContext context;
    private static final List<Exchange> FAILED = new ArrayList<>();

    @BeforeAll
    static void run() throws Exception {
        sandbox = ProviderSandbox.of(SIMULATOR).start();
        SIMULATOR.addApiKey(API_KEY, SECRET, Duration.ofDays(365));
        log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS);
        Properties props = SecretSurfaces.camelMainProperties();
        props.setProperty("camel.component.mobildev.base-url", sandbox.baseUrl(MobildevSimulator.class));
        props.setProperty("camel.component.mobildev.sender", "KOPRU");
        props.setProperty("mobildev.api-key", API_KEY);
        props.setProperty("mobildev.secret-key", SECRET);
        props.setProperty("mobildev.wrong.secret-key", WRONG_SECRET);
        props.setProperty("mobildev.client-id", MobildevSimulator.CLIENT_ID);
        props.setProperty("mobildev.client-secret", MobildevSimulator.CLIENT_SECRET);
        main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                String credentials = "apiKey={{mobildev.api-key}}&secretKey={{mobildev.secret-key}}";
                String wrong = "apiKey={{mobildev.api-key}}&secretKey={{mobildev.wrong.secret-key}}";
                from("direct:integrator").routeId("integrator").to("mobildev:send?" + credentials);
                from("direct:classic").routeId("classic").to("mobildev:send?api=classic&" + credentials);
                from("direct:authorize").routeId("authorize").to("mobildev:authorize-url?clientId={{mobildev.client-id}}"
                        + "&clientSecret={{mobildev.client-secret}}&redirectUri=" + MobildevSimulator.REDIRECT_URI);
                from("direct:wrong").routeId("wrong").to("mobildev:send?" + wrong);
                from("direct:classicWrong").routeId("classicWrong").to("mobildev:send?api=classic&" + wrong);
            }
        });
        main.start();
        context = main.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();
        for (String route : new String[] {"direct:integrator", "direct:classic"}) {
            assertThat(template.send(route, e -> {
                e.getMessage().setBody("Merhaba");
                e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            }).getException()).isNull();
        }
        assertThat(template.send("direct:authorize", e -> { }).getException()).isNull();
        for (String route : new String[] {"direct:wrong", "direct:classicWrong"}) {
            Exchange failed = template.send(route, e -> {
                e.getMessage().setBody("Merhaba");
                e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            });
            assertThat(failed.getException()).isNotNull();
            FAILED.add(failed);
        }
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
        return new String[] {API_KEY, SECRET, WRONG_SECRET, MobildevSimulator.CLIENT_SECRET};
    }

    @Test
    void noSecretInTheJmxAttributesOfEndpointsAndComponents() throws Exception {
        String seen = SecretSurfaces.jmxAttributesOfEndpointsAndComponents();
        assertThat(seen).contains("mobildev://send");
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
                .contains("camel.component.mobildev.sender = KOPRU");
        assertThat(summary).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheHealthCheckDetails() {
        String seen = SecretSurfaces.healthCheckDetails(context);
        assertThat(seen).contains("mobildev");
        assertThat(seen).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheMessageOrToStringOfModelObjectsAndErrors() {
        String seen = SecretSurfaces.errors(FAILED)
                      + SecretSurfaces.endpoints(context, e -> e instanceof MobildevEndpoint m ? m.getConfiguration() : null)
                      + context.getComponent("mobildev", MobildevComponent.class).getConfiguration();
        assertThat(seen).contains("mobildev://send");
        assertThat(seen).doesNotContain(secrets());
    }
}
