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
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole runs at DEBUG, through Camel Main with its configuration summary, route dumps, the tracer and JMX, in all three
 * modes: no key, API secret, password or bearer token appears anywhere. Camel's own placeholder resolvers stay at
 * INFO, as the README says to configure them.
 */
class RestlinkSecretsTest {

    /** Credentials shaped like the portal's, so that a leak would be unmistakable. */
    private static final String PLAIN_KEY = "sk_prod_a1b2c3d4e5f6a7b8c9d0e1f2";
    private static final String SIGNED_KEY = "sk_prod_f0e1d2c3b4a5968778695a4b";
    private static final String SECRET = "rls_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private static final String USER = "ops-integration";
    private static final String PASSWORD = "Pw-7d1c5e9a2b4f8063";

    private static final String[] ROUTES = {"direct:plain", "direct:signed", "direct:jwt"};

    private static void accounts(RestlinkSimulator simulator) {
        simulator.addApiKey(PLAIN_KEY, null);
        simulator.addApiKey(SIGNED_KEY, SECRET);
        simulator.addUser(USER, PASSWORD);
    }

    @Test
    void noCredentialOrTokenInADebugLogOfAWholeRunConfiguredAsTheReadmeSays() throws Exception {
        RestlinkSimulator simulator = new RestlinkSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start();
             LogCapture log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS)) {
            accounts(simulator);
            Properties props = new Properties();
            props.setProperty("camel.component.restlink.base-url", sandbox.baseUrl(RestlinkSimulator.class));
            props.setProperty("camel.component.restlink.sender", "KOPRU");
            // names whose last segment is a sensitive word are masked in the Main summary
            props.setProperty("restlink.plain.api-key", PLAIN_KEY);
            props.setProperty("restlink.signed.api-key", SIGNED_KEY);
            props.setProperty("restlink.secret-key", SECRET);
            props.setProperty("restlink.wrong.secret-key", SECRET + "x");
            props.setProperty("restlink.username", USER);
            props.setProperty("restlink.password", PASSWORD);
            props.setProperty("camel.main.tracing", "true");
            props.setProperty("camel.main.dump-routes", "yaml");
            props.setProperty("camel.main.dump-routes-resolve-placeholders", "false");
            props.setProperty("camel.main.jmx-enabled", "true");
            List<String> tokens = runRoutes(props, new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:plain").routeId("plain").to("restlink:send?apiKey={{restlink.plain.api-key}}");
                    from("direct:signed").routeId("signed").to("restlink:send?apiKey={{restlink.signed.api-key}}"
                                                               + "&secretKey={{restlink.secret-key}}&signRequests=true");
                    from("direct:jwt").routeId("jwt")
                            .to("restlink:send?username={{restlink.username}}&password={{restlink.password}}")
                            .to("restlink:stats?username={{restlink.username}}&password={{restlink.password}}");
                    from("direct:login").routeId("login")
                            .to("restlink:login?username={{restlink.username}}&password={{restlink.password}}");
                    from("direct:wrong").routeId("wrong").to("restlink:send?apiKey={{restlink.signed.api-key}}"
                                                             + "&secretKey={{restlink.wrong.secret-key}}&signRequests=true");
                }
            });
            assertThat(simulator.acceptedMessages()).extracting(m -> m.authentication)
                    .containsExactlyInAnyOrder("api-key", "hmac", "jwt");
            assertThat(log.text()).as("the run was logged at DEBUG").contains("DEBUG-marker");
            assertThat(log.text()).as("the route dump").contains("{{restlink.secret-key}}");
            log.assertContainsNone(PLAIN_KEY, SIGNED_KEY, SECRET, PASSWORD);
            log.assertContainsNone(tokens.toArray(new String[0]));
        }
    }

    @Test
    void componentLevelCredentialsAreMaskedInTheMainSummary() throws Exception {
        RestlinkSimulator simulator = new RestlinkSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start();
             LogCapture log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS)) {
            accounts(simulator);
            Properties props = new Properties();
            props.setProperty("camel.component.restlink.base-url", sandbox.baseUrl(RestlinkSimulator.class));
            props.setProperty("camel.component.restlink.username", USER);
            props.setProperty("camel.component.restlink.password", "{{restlink.password}}");
            props.setProperty("restlink.password", PASSWORD);
            props.setProperty("camel.main.tracing", "true");
            List<String> tokens = runRoutes(props, new RouteBuilder() {
                @Override
                public void configure() {
                    for (String route : ROUTES) {
                        from(route).to("restlink:send?sender=KOPRU");
                    }
                    from("direct:login").to("restlink:login");
                    from("direct:wrong").to("restlink:send?password=wrong-" + "password");
                }
            });
            assertThat(simulator.acceptedMessages()).hasSize(3);
            assertThat(simulator.logins()).as("one login for the component's account").isEqualTo(1);
            assertThat(log.text()).contains("camel.component.restlink.password = xxxxxx");
            log.assertContainsNone(PASSWORD);
            log.assertContainsNone(tokens.toArray(new String[0]));
        }
    }

    @Test
    void literalCredentialsInEndpointUrisAreMaskedInLogsTracesAndErrors() throws Exception {
        RestlinkSimulator simulator = new RestlinkSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start(); LogCapture log = new LogCapture()) {
            accounts(simulator);
            String base = "&baseUrl=" + sandbox.baseUrl(RestlinkSimulator.class);
            Properties props = new Properties();
            props.setProperty("camel.main.tracing", "true");
            props.setProperty("camel.main.jmx-enabled", "true");
            List<String> tokens = runRoutes(props, new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:plain").to("restlink:send?apiKey=" + PLAIN_KEY + base);
                    from("direct:signed").to("restlink:send?apiKey=" + SIGNED_KEY + "&secretKey=RAW(" + SECRET
                                             + ")&signRequests=true" + base);
                    from("direct:jwt").to("restlink:send?username=" + USER + "&password=" + PASSWORD + base);
                    from("direct:login").to("restlink:login?username=" + USER + "&password=" + PASSWORD + base);
                    from("direct:wrong").to("restlink:send?apiKey=" + SIGNED_KEY + "&secretKey=" + SECRET
                                            + "x&signRequests=true" + base);
                }
            });
            assertThat(simulator.acceptedMessages()).hasSize(3);
            log.assertContainsNone(PLAIN_KEY, SIGNED_KEY, SECRET, PASSWORD);
            log.assertContainsNone(tokens.toArray(new String[0]));
        }
    }

    /**
     * Starts Camel Main, sends through each mode, logs in, makes one call fail, checks JMX.
     *
     * @return the bearer tokens the run used
     */
    private static List<String> runRoutes(Properties props, RouteBuilder routes) throws Exception {
        Main main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(routes);
        main.start();
        List<String> tokens = new ArrayList<>();
        try {
            CamelContext context = main.getCamelContext();
            org.slf4j.LoggerFactory.getLogger(RestlinkSecretsTest.class).debug("DEBUG-marker");
            ProducerTemplate template = context.createProducerTemplate();
            for (String route : ROUTES) {
                Exchange exchange = template.send(route, e -> {
                    e.getMessage().setBody("mesaj " + route);
                    e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
                });
                assertThat(exchange.getException()).as(route).isNull();
            }
            Exchange login = template.send("direct:login", e -> { });
            assertThat(login.getException()).isNull();
            tokens.add(login.getMessage().getBody(AccessToken.class).getValue());

            Exchange wrong = template.send("direct:wrong", e -> {
                e.getMessage().setBody("üçüncü");
                e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            });
            assertThat(wrong.getException()).isNotNull();

            MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
                String uri = String.valueOf(mbeans.getAttribute(name, "EndpointUri"));
                for (String secret : new String[] {PLAIN_KEY, SIGNED_KEY, SECRET, PASSWORD}) {
                    assertThat(name.toString()).doesNotContain(secret);
                    assertThat(uri).doesNotContain(secret);
                }
            }
        } finally {
            main.stop();
        }
        return tokens;
    }
}
