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

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.sandbox.junit.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run at DEBUG through Camel Main, with its HTTP server, configuration summary, route dump, tracer and JMX:
 * calls that authenticate, are refused with 401 and renewed, fail with a wrong secret; webhooks registered with the
 * helper and delivered by the platform, with right and wrong credentials. No API key, secret key, access or refresh
 * token, webhook password or token (plain or base64) appears anywhere.
 */
class BrokerageSecretsTest {

    private static final String API_KEY = "bk_live_7f3a9c2e5d8b1046";
    private static final String SECRET_KEY = "sk_live_c41e9a77f02b5d3e8a6c";
    private static final String HOOK_USER = "brokerage-platform";
    private static final String HOOK_PASSWORD = "Wh-8e2f6c1a9d3b";
    private static final String HOOK_TOKEN = "wht_5b7d9f1e3c0a2468ace";

    @Test
    void noSecretInADebugLogOfAWholeRunConfiguredAsTheReadmeSays() throws Exception {
        BrokerageSimulator simulator = new BrokerageSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start();
             LogCapture log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS)) {
            simulator.addAccount(API_KEY, SECRET_KEY);
            int port = BrokerageTestSupport.freePort();
            Properties props = new Properties();
            props.setProperty("camel.server.enabled", "true");
            props.setProperty("camel.server.host", "127.0.0.1");
            props.setProperty("camel.server.port", String.valueOf(port));
            props.setProperty("camel.component.brokerage.base-url", sandbox.baseUrl(BrokerageSimulator.class));
            props.setProperty("camel.component.brokerage.api-key", "{{brokerage.api-key}}");
            props.setProperty("camel.component.brokerage.secret-key", "{{brokerage.secret-key}}");
            // names whose last segment is a sensitive word are masked in the Main summary
            props.setProperty("brokerage.api-key", API_KEY);
            props.setProperty("brokerage.secret-key", SECRET_KEY);
            props.setProperty("brokerage.wrong.secret-key", SECRET_KEY + "x");
            props.setProperty("brokerage.webhook.password", HOOK_PASSWORD);
            props.setProperty("brokerage.webhook.token", HOOK_TOKEN);
            props.setProperty("camel.main.tracing", "true");
            props.setProperty("camel.main.dump-routes", "yaml");
            props.setProperty("camel.main.dump-routes-resolve-placeholders", "false");
            props.setProperty("camel.main.jmx-enabled", "true");

            Main main = new Main();
            main.setInitialProperties(props);
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("brokerage:webhook?webhookPath=/hooks/basic&username=" + HOOK_USER
                         + "&password={{brokerage.webhook.password}}").routeId("hook-basic")
                            .convertBodyTo(String.class).to("mock:events");
                    from("brokerage:webhook?webhookPath=/hooks/token&token={{brokerage.webhook.token}}")
                            .routeId("hook-token").convertBodyTo(String.class).to("mock:events");
                    from("direct:orders").routeId("orders").to("brokerage:call?path=/orders");
                    from("direct:register").routeId("register").to("brokerage:call?path=/webhooks&httpMethod=POST");
                    from("direct:wrong").routeId("wrong")
                            .to("brokerage:call?path=/orders&secretKey={{brokerage.wrong.secret-key}}");
                }
            });
            main.start();
            try {
                CamelContext context = main.getCamelContext();
                org.slf4j.LoggerFactory.getLogger(BrokerageSecretsTest.class).debug("DEBUG-marker");
                ProducerTemplate template = context.createProducerTemplate();
                assertThat(template.send("direct:orders", e -> { }).getException()).isNull();
                simulator.revokeAccessTokens(); // the next call is refused with 401, renewed and repeated
                assertThat(template.send("direct:orders", e -> { }).getException()).isNull();
                assertThat(simulator.refreshes()).isEqualTo(1);

                for (String route : new String[] {"hook-basic", "hook-token"}) {
                    BrokerageEndpoint hook = (BrokerageEndpoint) context.getRoute(route).getEndpoint();
                    String path = hook.getConfiguration().getWebhookPath();
                    Exchange registered = template.send("direct:register", e -> e.getMessage().setBody(Map.of(
                            "url", "http://127.0.0.1:" + port + path,
                            "authentication", hook.getWebhookAuthentication().toMap())));
                    assertThat(registered.getException()).isNull();
                }
                assertThat(simulator.deliverEvent("{\"event\":\"order.filled\"}")).containsExactly(200, 200);
                assertThat(wrongCall(port, "/hooks/basic", basic(HOOK_USER, HOOK_PASSWORD + "x"))).isEqualTo(401);
                assertThat(wrongCall(port, "/hooks/token", "Bearer " + HOOK_TOKEN + "x")).isEqualTo(401);
                assertThat(context.getEndpoint("mock:events", MockEndpoint.class).getReceivedCounter()).isEqualTo(2);

                assertThat(template.send("direct:wrong", e -> { }).getException()).isNotNull();

                MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
                for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
                    String uri = String.valueOf(mbeans.getAttribute(name, "EndpointUri"));
                    for (String secret : new String[] {API_KEY, SECRET_KEY, HOOK_PASSWORD, HOOK_TOKEN}) {
                        assertThat(name.toString()).doesNotContain(secret);
                        assertThat(uri).doesNotContain(secret);
                    }
                }
            } finally {
                main.stop();
            }

            assertThat(log.text()).as("the run was logged at DEBUG").contains("DEBUG-marker");
            assertThat(log.text()).as("Camel Main printed its configuration summary, masked")
                    .contains("camel.component.brokerage.secretKey = xxxxxx");
            assertThat(log.text()).as("the route dump").contains("{{brokerage.webhook.password}}");
            List<String> secrets = new ArrayList<>(List.of(API_KEY, SECRET_KEY, HOOK_PASSWORD, HOOK_TOKEN,
                    basic(HOOK_USER, HOOK_PASSWORD).substring(6)));
            secrets.addAll(simulator.issuedAccessTokens());
            secrets.addAll(simulator.issuedRefreshTokens());
            assertThat(simulator.issuedAccessTokens()).hasSize(2);
            log.assertContainsNone(secrets.toArray(new String[0]));
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int wrongCall(int port, String path, String authorization) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"forged\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
