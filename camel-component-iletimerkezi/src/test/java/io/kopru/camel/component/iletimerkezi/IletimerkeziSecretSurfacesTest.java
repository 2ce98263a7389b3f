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

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.LogCapture;
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

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iletiMerkezi key and hash kept off every surface of a running component beyond its logs: JMX attributes of
 * endpoints and components, the route dump (placeholders resolved, through the support module's
 * MaskingRouteDumpCustomizer),
 * Camel Main's startup summary, the health check details, and the message and toString() of endpoints,
 * configurations and errors. One Camel Main run; one test per surface.
 */
class IletimerkeziSecretSurfacesTest {

    private static final String KEY = "b7c6d5e4f3a2019f8e7d6c5b4a392817";
    private static final String HASH = "0a9b8c7d6e5f40312a1b0c9d8e7f6a5b4c3d2e1f00112233445566778899aabb";
    private static final String WRONG_HASH = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
    /** The path token of the delivery-reports consumer. */
    private static final String TOKEN = "5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b";
    private static final String[] SECRETS = {KEY, HASH, WRONG_HASH, TOKEN};

    private static ProviderSandbox sandbox;
    private static LogCapture log;
    private static Main main;
    private static CamelContext context;
    private static Exchange failed;

    @BeforeAll
    static void run() throws Exception {
        IletimerkeziSimulator simulator = new IletimerkeziSimulator();
        sandbox = ProviderSandbox.of(simulator).start();
        simulator.addAccount(KEY, HASH);
        log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS);
        Properties props = SecretSurfaces.camelMainProperties();
        props.setProperty("camel.component.iletimerkezi.api-key", "{{iletimerkezi.api-key}}");
        props.setProperty("camel.component.iletimerkezi.secret-key", "{{iletimerkezi.secret-key}}");
        props.setProperty("camel.component.iletimerkezi.base-url", sandbox.baseUrl(IletimerkeziSimulator.class));
        props.setProperty("iletimerkezi.api-key", KEY);
        props.setProperty("iletimerkezi.secret-key", HASH);
        props.setProperty("iletimerkezi.wrong.secret-key", WRONG_HASH);
        props.setProperty("iletimerkezi.webhook.token", TOKEN);
        int httpPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            httpPort = socket.getLocalPort();
        }
        props.setProperty("camel.server.enabled", "true");
        props.setProperty("camel.server.host", "127.0.0.1");
        props.setProperty("camel.server.port", String.valueOf(httpPort));
        main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("iletimerkezi:send-sms?sender=ACME");
                from("direct:wrong").routeId("wrong")
                        .to("iletimerkezi:send-sms?sender=ACME&secretKey={{iletimerkezi.wrong.secret-key}}");
                from("iletimerkezi:delivery-reports?webhookToken={{iletimerkezi.webhook.token}}").routeId("reports")
                        .to("mock:reports");
            }
        });
        main.start();
        context = main.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();
        assertThat(template.send("direct:send", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        }).getException()).isNull();
        failed = template.send("direct:wrong", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        });
        assertThat(failed.getException()).isNotNull();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String token : new String[] {TOKEN, "not-" + TOKEN}) {
            java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + httpPort + "/iletimerkezi/delivery-reports/" + token))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"report\":{\"id\":1,\"packet_id\":2,"
                            + "\"status\":\"delivered\",\"to\":\"905321234567\"}}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(TOKEN.equals(token) ? 200 : 401);
            assertThat(answer.body()).doesNotContain(SECRETS);
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

    @Test
    void noSecretInTheJmxAttributesOfEndpointsAndComponents() throws Exception {
        String seen = SecretSurfaces.jmxAttributesOfEndpointsAndComponents();
        assertThat(seen).contains("iletimerkezi://send-sms");
        assertThat(seen).doesNotContain(SECRETS);
    }

    @Test
    void noSecretInTheJmxAttributesOfTheDeliveryReportsConsumer() throws Exception {
        String seen = SecretSurfaces.jmxAttributes("consumers");
        assertThat(seen).contains("UnauthorizedPosts=1").contains("iletimerkezi://delivery-reports");
        assertThat(seen).doesNotContain(SECRETS);
    }

    @Test
    void noSecretInTheRouteDumpWithItsPlaceholdersResolved() {
        String dump = SecretSurfaces.routeDump(log.lines());
        assertThat(dump).as("the routes were dumped resolved, the secret masked").contains("secretKey=xxxxxx")
                .contains("webhookToken=xxxxxx");
        assertThat(dump).doesNotContain(SECRETS);
    }

    @Test
    void noSecretInCamelMainsStartupSummary() {
        String summary = SecretSurfaces.startupSummary(log.lines());
        assertThat(summary).as("Camel Main printed its summary")
                .contains("camel.component.iletimerkezi.secretKey = xxxxxx");
        assertThat(summary).doesNotContain(SECRETS);
    }

    @Test
    void noSecretInTheHealthCheckDetails() {
        String seen = SecretSurfaces.healthCheckDetails(context);
        assertThat(seen).contains("iletimerkezi");
        assertThat(seen).doesNotContain(SECRETS);
    }

    @Test
    void noSecretInTheMessageOrToStringOfModelObjectsAndErrors() {
        String seen = SecretSurfaces.errors(List.of(failed))
                      + SecretSurfaces.endpoints(context, e -> e instanceof IletimerkeziEndpoint i ? i.getConfiguration() : null)
                      + context.getComponent("iletimerkezi", IletimerkeziComponent.class).getConfiguration();
        assertThat(seen).contains("iletimerkezi://send-sms");
        assertThat(seen).doesNotContain(SECRETS);
    }
}
