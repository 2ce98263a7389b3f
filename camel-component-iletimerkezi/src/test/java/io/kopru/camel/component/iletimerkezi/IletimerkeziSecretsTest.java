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
import org.junit.jupiter.api.Test;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run at DEBUG, through Camel Main with its configuration summary, route dumps, the tracer and JMX: neither
 * the API key nor the hash appears anywhere. Camel's own placeholder resolvers stay at INFO, as the README says to
 * configure it: at DEBUG, Camel 4.14 prints the value of every placeholder it resolves ({@code {{env:...}}}
 * included), which no component can prevent.
 */
class IletimerkeziSecretsTest {

    /** Account credentials that look like the panel's, so that a leak would be unmistakable. */
    private static final String KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String HASH = "f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f";

    @Test
    void noKeyOrHashInADebugLogOfAWholeRunConfiguredAsTheReadmeSays() throws Exception {
        IletimerkeziSimulator simulator = new IletimerkeziSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start();
             LogCapture log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS)) {
            simulator.addAccount(KEY, HASH);
            System.setProperty("test.iletimerkezi.key", KEY);
            System.setProperty("test.iletimerkezi.hash", HASH);
            Properties props = new Properties();
            // component-level credentials as the README says to write them: camel.* properties reference the
            // secret (Camel Main prints camel.* properties as loaded at DEBUG; its summary masks the values)
            props.setProperty("camel.component.iletimerkezi.api-key", "{{iletimerkezi.api-key}}");
            props.setProperty("camel.component.iletimerkezi.secretKey", "{{iletimerkezi.secret-key}}");
            props.setProperty("camel.component.iletimerkezi.base-url", sandbox.baseUrl(IletimerkeziSimulator.class));
            // property names ending in a sensitive word (apiKey, secretKey) are masked in the summary
            props.setProperty("iletimerkezi.api-key", KEY);
            props.setProperty("iletimerkezi.secret-key", HASH);
            props.setProperty("camel.main.tracing", "true");
            // Camel's route dump does not mask URIs: dump them as written, with their placeholders
            props.setProperty("camel.main.dump-routes", "yaml");
            props.setProperty("camel.main.dump-routes-resolve-placeholders", "false");
            props.setProperty("camel.main.jmx-enabled", "true");
            try {
                runRoutes(props, new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:component-credentials").routeId("component-credentials")
                                .to("iletimerkezi:send-sms?sender=ACME");
                        // credentials in the endpoint URI through placeholders, as a route author writes them
                        // ({{env:ILETIMERKEZI_API_KEY}} in production; a JVM property here)
                        from("direct:uri-credentials").routeId("uri-credentials")
                                .to("iletimerkezi:send-sms?apiKey={{sys:test.iletimerkezi.key}}"
                                    + "&secretKey={{sys:test.iletimerkezi.hash}}&sender=ACME");
                        from("direct:wrong").routeId("wrong")
                                .to("iletimerkezi:send-sms?secretKey={{iletimerkezi.api-key}}&sender=ACME");
                    }
                });
            } finally {
                System.clearProperty("test.iletimerkezi.key");
                System.clearProperty("test.iletimerkezi.hash");
            }
            assertThat(simulator.acceptedOrders()).hasSize(2);
            assertThat(log.text()).as("the run was logged at DEBUG").contains("DEBUG-marker");
            assertThat(log.text()).as("Camel Main printed its configuration summary, masked")
                    .contains("camel.component.iletimerkezi.apiKey = xxxxxx");
            assertThat(log.text()).as("the route dump").contains("{{sys:test.iletimerkezi.key}}");
            log.assertContainsNone(KEY, HASH);
        }
    }

    @Test
    void literalCredentialsInEndpointUrisAreMaskedInLogsTracesAndErrors() throws Exception {
        IletimerkeziSimulator simulator = new IletimerkeziSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start(); LogCapture log = new LogCapture()) {
            simulator.addAccount(KEY, HASH);
            String base = sandbox.baseUrl(IletimerkeziSimulator.class);
            Properties props = new Properties();
            props.setProperty("camel.main.tracing", "true");
            props.setProperty("camel.main.jmx-enabled", "true");
            runRoutes(props, new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:component-credentials").routeId("component-credentials")
                            .to("iletimerkezi:send-sms?apiKey=" + KEY + "&secretKey=RAW(" + HASH + ")&sender=ACME"
                                + "&baseUrl=" + base);
                    from("direct:uri-credentials").routeId("uri-credentials")
                            .to("iletimerkezi:send-sms?apiKey=" + KEY + "&secretKey=" + HASH + "&sender=KOPRU"
                                + "&baseUrl=" + base);
                    from("direct:wrong").routeId("wrong")
                            .to("iletimerkezi:send-sms?apiKey=" + KEY + "&secretKey=" + HASH + "x&sender=ACME"
                                + "&baseUrl=" + base);
                }
            });
            assertThat(simulator.acceptedOrders()).hasSize(2);
            log.assertContainsNone(KEY, HASH);
        }
    }

    /** Starts Camel Main with the routes, sends through each, makes one fail, and checks JMX. */
    private static void runRoutes(Properties props, RouteBuilder routes) throws Exception {
        Main main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(routes);
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            org.slf4j.LoggerFactory.getLogger(IletimerkeziSecretsTest.class).debug("DEBUG-marker");
            ProducerTemplate template = context.createProducerTemplate();
            for (String route : new String[] {"direct:component-credentials", "direct:uri-credentials"}) {
                Exchange exchange = template.send(route, e -> {
                    e.getMessage().setBody("mesaj " + route);
                    e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
                });
                assertThat(exchange.getException()).isNull();
            }
            Exchange wrong = template.send("direct:wrong", e -> {
                e.getMessage().setBody("üçüncü");
                e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            });
            assertThat(wrong.getException()).isNotNull();

            // JMX: endpoint names and their URIs as management tools see them
            MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
                assertThat(name.toString()).doesNotContain(KEY).doesNotContain(HASH);
                assertThat(String.valueOf(mbeans.getAttribute(name, "EndpointUri")))
                        .doesNotContain(KEY).doesNotContain(HASH);
            }
        } finally {
            main.stop();
        }
    }

}
