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

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.junit.LogCapture;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.log.MaskingTracerCustomizer;
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
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run at DEBUG, through Camel Main with its configuration summary, route dumps, the tracer and JMX: neither
 * the licence password nor any sign or access token appears anywhere. Camel's own placeholder resolvers stay at INFO,
 * as the README says to configure them (at DEBUG, Camel 4.14 prints the value of every placeholder it resolves).
 * <p>
 * The licence key is not a secret (it names the licence; see the README), so Camel may print it; this component's own
 * logs and errors never do.
 */
class SignaportSecretsTest {

    /** Values shaped like real ones, so that a leak would be unmistakable. */
    private static final String LICENSE_KEY = "ACME-HASTANE-7Q4K-2931";
    private static final String PASSWORD = "Xk9#mQ2pR5tY7wE3";

    /** Every token the signing step received. */
    private final List<String> tokens = new CopyOnWriteArrayList<>();

    @Test
    void noPasswordOrTokenInADebugLogOfAWholeRunConfiguredAsTheReadmeSays() throws Exception {
        SignaportSimulator simulator = new SignaportSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start();
             LogCapture log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS)) {
            simulator.addLicense(LICENSE_KEY, PASSWORD);
            System.setProperty("test.signaport.license-key", LICENSE_KEY);
            System.setProperty("test.signaport.password", PASSWORD);
            Properties props = new Properties();
            // component-level credentials as the README says to write them: camel.* properties reference the
            // values, which live in properties whose last segment is a word Camel masks (password)
            props.setProperty("camel.component.signaport.license-key", "{{signaport.license-key}}");
            props.setProperty("camel.component.signaport.password", "{{signaport.password}}");
            props.setProperty("camel.component.signaport.signature-type", "MEDULA");
            props.setProperty("camel.component.signaport.base-url", sandbox.baseUrl(SignaportSimulator.class));
            props.setProperty("signaport.license-key", LICENSE_KEY);
            props.setProperty("signaport.password", PASSWORD);
            props.setProperty("camel.main.tracing", "true");
            // the tracer prints every header: the README's opt-in masks those whose name holds a sensitive word,
            // and the token headers' names end in "Token"; the log mask does the same for the log EIP
            props.setProperty("camel.main.log-mask", "true");
            props.setProperty("camel.main.configuration-classes", MaskingTracerCustomizer.class.getName());
            // Camel's route dump does not mask URIs: dump them as written, with their placeholders
            props.setProperty("camel.main.dump-routes", "yaml");
            props.setProperty("camel.main.dump-routes-resolve-placeholders", "false");
            props.setProperty("camel.main.jmx-enabled", "true");
            try {
                runRoutes(simulator, props, new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:component-credentials").routeId("component-credentials")
                                .to("signaport:get-token")
                                .to("direct:signer");
                        // credentials in the endpoint URI through placeholders ({{env:SIGNAPORT_PASSWORD}} in
                        // production; a JVM property here)
                        from("direct:uri-credentials").routeId("uri-credentials")
                                .to("signaport:get-token?licenseKey={{sys:test.signaport.license-key}}"
                                    + "&password={{sys:test.signaport.password}}&signatureType=IBYS")
                                .to("direct:signer");
                        from("direct:quota").routeId("quota").to("signaport:check-quota?lowQuotaThreshold=5000");
                        from("direct:wrong").routeId("wrong")
                                .to("signaport:get-token?password={{signaport.password}}-old");
                        from("direct:signer").routeId("signer").process(e -> sign(simulator, e));
                    }
                });
            } finally {
                System.clearProperty("test.signaport.license-key");
                System.clearProperty("test.signaport.password");
            }
            assertThat(tokens).as("two sign and two access tokens reached the route").hasSize(4);
            assertThat(log.text()).as("the run was logged at DEBUG").contains("DEBUG-marker");
            assertThat(log.text()).as("Camel Main printed its configuration summary, masked")
                    .contains("camel.component.signaport.password = xxxxxx");
            assertThat(log.text()).as("the route dump").contains("{{sys:test.signaport.password}}");
            assertThat(log.text()).as("the low-quota warning").contains("lowQuotaThreshold 5000");
            assertThat(log.text()).as("traced, with the token headers masked")
                    .contains("CamelSignaportSignToken=xxxxx", "CamelSignaportAccessToken=xxxxx");
            assertThat(log.lines()).as("as the README says, HttpClient's own DEBUG request line names the licence"
                                       + " key, which is not a secret")
                    .anyMatch(line -> line.startsWith("org.apache.hc.client5") && line.contains(LICENSE_KEY));
            log.assertContainsNone(PASSWORD);
            log.assertContainsNone(tokens.toArray(new String[0]));
            assertOwnLogsNeverNameTheLicenceKey(log);
        }
    }

    @Test
    void aLiteralPasswordInAnEndpointUriIsMaskedInLogsTracesAndErrors() throws Exception {
        SignaportSimulator simulator = new SignaportSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start(); LogCapture log = new LogCapture()) {
            simulator.addLicense(LICENSE_KEY, PASSWORD);
            String base = sandbox.baseUrl(SignaportSimulator.class);
            Properties props = new Properties();
            props.setProperty("camel.main.tracing", "true");
            props.setProperty("camel.main.log-mask", "true");
            props.setProperty("camel.main.configuration-classes", MaskingTracerCustomizer.class.getName());
            props.setProperty("camel.main.jmx-enabled", "true");
            runRoutes(simulator, props, new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:component-credentials").routeId("component-credentials")
                            .to("signaport:get-token?licenseKey=" + LICENSE_KEY + "&password=RAW(" + PASSWORD
                                + ")&signatureType=MEDULA&baseUrl=" + base)
                            .to("direct:signer");
                    from("direct:uri-credentials").routeId("uri-credentials")
                            .to("signaport:get-token?licenseKey=" + LICENSE_KEY + "&password=RAW(" + PASSWORD
                                + ")&signatureType=IBYS&baseUrl=" + base)
                            .to("direct:signer");
                    from("direct:quota").routeId("quota")
                            .to("signaport:check-quota?licenseKey=" + LICENSE_KEY + "&baseUrl=" + base);
                    from("direct:wrong").routeId("wrong")
                            .to("signaport:get-token?licenseKey=" + LICENSE_KEY + "&password=RAW(" + PASSWORD
                                + "-old)&signatureType=MEDULA&baseUrl=" + base);
                    from("direct:signer").routeId("signer").process(e -> sign(simulator, e));
                }
            });
            assertThat(tokens).hasSize(4);
            log.assertContainsNone(PASSWORD);
            log.assertContainsNone(tokens.toArray(new String[0]));
            assertOwnLogsNeverNameTheLicenceKey(log);
        }
    }

    /** The signing step: hands the sign token to the signing service, which takes it once. */
    private void sign(SignaportSimulator simulator, Exchange e) {
        String signToken = e.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class);
        tokens.add(signToken);
        tokens.add(e.getMessage().getHeader(SignaportConstants.ACCESS_TOKEN, String.class));
        assertThat(simulator.useSignToken(signToken)).isEqualTo(SignaportSimulator.Use.ACCEPTED);
    }

    private static void assertOwnLogsNeverNameTheLicenceKey(LogCapture log) {
        List<String> own = new ArrayList<>();
        for (String line : log.lines()) {
            if (line.startsWith("io.kopru.camel.component") || line.startsWith("io.kopru.camel.support")) {
                own.add(line);
            }
        }
        assertThat(own).as("this component logged at DEBUG").isNotEmpty();
        assertThat(own).noneMatch(line -> line.contains(LICENSE_KEY));
    }

    /** Starts Camel Main with the routes, gets two tokens, checks the quota, makes one call fail, and checks JMX. */
    private static void runRoutes(SignaportSimulator simulator, Properties props, RouteBuilder routes)
            throws Exception {
        Main main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(routes);
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            org.slf4j.LoggerFactory.getLogger(SignaportSecretsTest.class).debug("DEBUG-marker");
            ProducerTemplate template = context.createProducerTemplate();
            for (String route : new String[] {"direct:component-credentials", "direct:uri-credentials",
                    "direct:quota"}) {
                Exchange exchange = template.send(route, e -> e.getMessage().setBody("<belge/>"));
                assertThat(exchange.getException()).as(route).isNull();
            }
            Exchange wrong = template.send("direct:wrong", e -> e.getMessage().setBody("<belge/>"));
            assertThat(wrong.getException()).isNotNull();
            assertThat(simulator.issuedSignTokens()).hasSize(2);

            // JMX: endpoint names and their URIs as management tools see them
            MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
                assertThat(name.toString()).doesNotContain(PASSWORD);
                assertThat(String.valueOf(mbeans.getAttribute(name, "EndpointUri"))).doesNotContain(PASSWORD);
            }
        } finally {
            main.stop();
        }
    }
}
