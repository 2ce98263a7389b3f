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

import io.kopru.camel.component.brokerage.api.BrokerageSession;
import io.kopru.camel.support.http.ProviderHttpClientFactory;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets kept off every surface a running brokerage component shows, beyond its logs: the JMX attributes of its
 * endpoints and components, the route dump with placeholders resolved, Camel Main's startup summary, the health
 * check details, and the message and toString() of its model objects and errors. One Camel Main run, every secret
 * given as a placeholder, configured as the README says; one test per surface.
 * <p>
 * Camel's own route dump leaks: with {@code camel.main.dump-routes-resolve-placeholders=true} its
 * DefaultDumpRoutesStrategy prints every endpoint URI resolved and unmasked. The run dumps through the support
 * module's MaskingRouteDumpCustomizer, as the README says.
 */
class BrokerageSecretSurfacesTest {

    private static final String API_KEY = "bk_live_9d2c7e4a1f6b3508";
    private static final String SECRET_KEY = "sk_live_e83b1d0c6a9f2e7d4b5a";
    private static final String WRONG_SECRET_KEY = "sk_live_wrong_0a1b2c3d4e5f";
    private static final String HOOK_PASSWORD = "Wh-3c9e1a7f5d2b";
    private static final String HOOK_TOKEN = "wht_8e6c4a2f0d1b3579bdf";

    private static final BrokerageSimulator SIMULATOR = new BrokerageSimulator();
    private static ProviderSandbox sandbox;
    private static LogCapture log;
    private static Main main;
    private static CamelContext context;
    private static Exchange failed;

    @BeforeAll
    static void run() throws Exception {
        sandbox = ProviderSandbox.of(SIMULATOR).start();
        SIMULATOR.addAccount(API_KEY, SECRET_KEY);
        log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS);
        Properties props = SecretSurfaces.camelMainProperties();
        props.setProperty("camel.server.enabled", "true");
        props.setProperty("camel.server.host", "127.0.0.1");
        props.setProperty("camel.server.port", String.valueOf(BrokerageTestSupport.freePort()));
        props.setProperty("camel.component.brokerage.base-url", sandbox.baseUrl(BrokerageSimulator.class));
        props.setProperty("camel.component.brokerage.api-key", "{{brokerage.api-key}}");
        props.setProperty("camel.component.brokerage.secret-key", "{{brokerage.secret-key}}");
        props.setProperty("brokerage.api-key", API_KEY);
        props.setProperty("brokerage.secret-key", SECRET_KEY);
        props.setProperty("brokerage.wrong.secret-key", WRONG_SECRET_KEY);
        props.setProperty("brokerage.webhook.password", HOOK_PASSWORD);
        props.setProperty("brokerage.webhook.token", HOOK_TOKEN);

        main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("brokerage:webhook?webhookPath=/hooks/basic&username=platform"
                     + "&password={{brokerage.webhook.password}}").routeId("hook-basic").to("log:events");
                from("brokerage:webhook?webhookPath=/hooks/token&token={{brokerage.webhook.token}}")
                        .routeId("hook-token").to("log:events");
                from("direct:orders").routeId("orders").to("brokerage:call?path=/orders");
                from("direct:wrong").routeId("wrong")
                        .to("brokerage:call?path=/orders&secretKey={{brokerage.wrong.secret-key}}");
            }
        });
        main.start();
        context = main.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();
        assertThat(template.send("direct:orders", e -> { }).getException()).isNull();
        failed = template.send("direct:wrong", e -> { });
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
        List<String> secrets = new ArrayList<>(List.of(API_KEY, SECRET_KEY, WRONG_SECRET_KEY, HOOK_PASSWORD,
                HOOK_TOKEN));
        secrets.addAll(SIMULATOR.issuedAccessTokens());
        secrets.addAll(SIMULATOR.issuedRefreshTokens());
        return secrets.toArray(new String[0]);
    }

    @Test
    void noSecretInTheJmxAttributesOfEndpointsAndComponents() throws Exception {
        String seen = SecretSurfaces.jmxAttributesOfEndpointsAndComponents();
        assertThat(seen).contains("brokerage://webhook").contains("brokerage://call");
        assertThat(seen).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheRouteDumpWithItsPlaceholdersResolved() {
        String dump = SecretSurfaces.routeDump(log.lines());
        assertThat(dump).as("the routes were dumped resolved, the secret masked").contains("uri: brokerage:call?path=/orders")
                .contains("password=xxxxxx");
        assertThat(dump).doesNotContain(secrets());
    }

    @Test
    void noSecretInCamelMainsStartupSummary() {
        String summary = SecretSurfaces.startupSummary(log.lines());
        assertThat(summary).as("Camel Main printed its summary")
                .contains("camel.component.brokerage.secretKey = xxxxxx");
        assertThat(summary).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheHealthCheckDetails() {
        String seen = SecretSurfaces.healthCheckDetails(context);
        assertThat(seen).contains("brokerage");
        assertThat(seen).doesNotContain(secrets());
    }

    @Test
    void noSecretInTheMessageOrToStringOfModelObjectsAndErrors() throws Exception {
        String seen = SecretSurfaces.errors(List.of(failed)) + SecretSurfaces.endpoints(context, e -> {
            if (!(e instanceof BrokerageEndpoint brokerage)) {
                return null;
            }
            BrokerageWebhookAuthentication auth = brokerage.getWebhookAuthentication();
            return brokerage.getConfiguration() + (auth == null ? "" : "\n" + auth + ' ' + auth.toMap());
        });
        BrokerageComponent component = context.getComponent("brokerage", BrokerageComponent.class);
        seen += component.getConfiguration() + "\n";
        try (BrokerageSession session = new BrokerageSession("surfaces", ProviderHttpClientFactory.createClient(context,
                "brokerage", component.getConfiguration(), "brokerage"), component.getConfiguration(),
                sandbox.baseUrl(BrokerageSimulator.class), component.clock())) {
            seen += session + " " + session.tokens() + " " + session.tokens().get() + "\n";
        }
        assertThat(seen).contains("BrokerageWebhookAuthentication").contains("AccessToken");
        assertThat(seen).doesNotContain(secrets());
    }
}
