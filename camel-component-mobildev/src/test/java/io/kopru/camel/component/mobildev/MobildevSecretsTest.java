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
import io.kopru.camel.sandbox.mobildev.MobildevConsent;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevToken;
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
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run at DEBUG through Camel Main (configuration summary, route dump, tracer, JMX), every operation included:
 * neither the API key, the API secret, the client secret, an authorization code nor an access token appears anywhere.
 * Camel's placeholder resolvers stay at INFO, as the README says to configure them: at DEBUG, Camel 4.14 prints the
 * value of every placeholder it resolves, which no component can prevent.
 */
class MobildevSecretsTest {

    /** Credentials that look like the panel's, so that a leak would be unmistakable. */
    private static final String KEY = "ent_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private static final String SECRET = "Zq7Lm2Xv9Rt4Kp8Ws3Nd6Hg1Jf5Bc0Ya";

    @Test
    void noSecretTokenOrCodeInADebugLogOfAWholeRunConfiguredAsTheReadmeSays() throws Exception {
        MobildevSimulator simulator = new MobildevSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start();
             LogCapture log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS)) {
            simulator.addApiKey(KEY, SECRET, Duration.ofDays(90));
            System.setProperty("test.mobildev.key", KEY);
            System.setProperty("test.mobildev.secret", SECRET);
            Properties props = new Properties();
            // component-level credentials as the README says to write them
            props.setProperty("camel.component.mobildev.api-key", "{{mobildev.api-key}}");
            props.setProperty("camel.component.mobildev.secretKey", "{{mobildev.secret-key}}");
            props.setProperty("camel.component.mobildev.client-id", MobildevSimulator.CLIENT_ID);
            props.setProperty("camel.component.mobildev.client-secret", "{{mobildev.client-secret}}");
            props.setProperty("camel.component.mobildev.redirect-uri", MobildevSimulator.REDIRECT_URI);
            props.setProperty("camel.component.mobildev.base-url", sandbox.baseUrl(MobildevSimulator.class));
            // property names ending in a sensitive word (apiKey, secretKey, clientSecret) are masked in the summary
            props.setProperty("mobildev.api-key", KEY);
            props.setProperty("mobildev.secret-key", SECRET);
            props.setProperty("mobildev.client-secret", MobildevSimulator.CLIENT_SECRET);
            props.setProperty("camel.main.tracing", "true");
            props.setProperty("camel.main.dump-routes", "yaml");
            props.setProperty("camel.main.dump-routes-resolve-placeholders", "false");
            props.setProperty("camel.main.jmx-enabled", "true");
            List<String> codes = new ArrayList<>();
            try {
                runRoutes(props, codes);
            } finally {
                System.clearProperty("test.mobildev.key");
                System.clearProperty("test.mobildev.secret");
            }
            assertThat(simulator.acceptedMessages()).hasSize(4); // two signed sends, a classic one, a campaign
            assertThat(log.text()).as("the run was logged at DEBUG").contains("DEBUG-marker");
            assertThat(log.text()).as("Camel Main printed its configuration summary, masked")
                    .contains("camel.component.mobildev.apiKey = xxxxxx")
                    .contains("camel.component.mobildev.clientSecret = xxxxxx");
            assertThat(log.text()).as("the route dump").contains("{{sys:test.mobildev.secret}}");
            assertThat(log.text()).as("the tracer ran").contains("mobildev://campaign-send");

            List<String> secrets = new ArrayList<>(List.of(KEY, SECRET, MobildevSimulator.CLIENT_SECRET));
            simulator.tokens().stream().map(MobildevToken::value).forEach(secrets::add);
            secrets.addAll(simulator.issuedAuthorizationCodes());
            assertThat(secrets).hasSize(5);
            assertThat(codes).containsExactlyElementsOf(simulator.issuedAuthorizationCodes());
            log.assertContainsNone(secrets.toArray(new String[0]));
        }
    }

    private static void runRoutes(Properties props, List<String> codes) throws Exception {
        Main main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("mobildev:send");
                from("direct:status").routeId("status").to("mobildev:status");
                // the classic API carries the key and secret inside every XML body
                from("direct:classic-send").routeId("classic-send").to("mobildev:send?api=classic");
                from("direct:classic-status").routeId("classic-status").to("mobildev:status?api=classic");
                from("direct:classic-wrong").routeId("classic-wrong")
                        .to("mobildev:send?api=classic&secretKey={{mobildev.api-key}}");
                from("direct:uri-credentials").routeId("uri-credentials")
                        .to("mobildev:send?apiKey={{sys:test.mobildev.key}}&secretKey={{sys:test.mobildev.secret}}"
                            + "&format=json");
                from("direct:wrong").routeId("wrong").to("mobildev:send?secretKey={{mobildev.api-key}}");
                from("direct:authorize").routeId("authorize").to("mobildev:authorize-url");
                // the callback carries the authorization code: as the README says, that route is not traced (the
                // tracer prints headers and bodies); exchange-code removes the code from the message once used
                from("direct:callback").routeId("callback").noTracing().to("mobildev:exchange-code")
                        .to("direct:after-callback");
                from("direct:after-callback").routeId("after-callback").log("consent ${body}");
                from("direct:campaign").routeId("campaign").to("mobildev:campaign-send");
                from("direct:campaign-status").routeId("campaign-status").to("mobildev:campaign-status");
            }
        });
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            org.slf4j.LoggerFactory.getLogger(MobildevSecretsTest.class).debug("DEBUG-marker");
            ProducerTemplate template = context.createProducerTemplate();
            Exchange sent = send(template, "direct:send", "mesaj 1");
            send(template, "direct:uri-credentials", "mesaj 2");
            send(template, "direct:status", sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID));
            Exchange classic = send(template, "direct:classic-send", "klasik");
            send(template, "direct:classic-status", classic.getMessage().getHeader(SmsHeaders.MESSAGE_ID));
            assertThat(template.send("direct:classic-wrong", e -> {
                e.getMessage().setBody("yanlış");
                e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            }).getException()).isNotNull();
            assertThat(template.send("direct:wrong", e -> {
                e.getMessage().setBody("yanlış");
                e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            }).getException()).isNotNull();

            String url = send(template, "direct:authorize", null).getMessage().getBody(String.class);
            URI callback = MobildevConsent.at(url).give();
            String code = null;
            String state = null;
            for (String pair : callback.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                if ("code".equals(kv[0])) {
                    code = value;
                } else {
                    state = value;
                }
            }
            codes.add(code);
            String c = code;
            String s = state;
            Exchange exchanged = template.send("direct:callback", e -> {
                e.getMessage().setHeader(MobildevConstants.CODE, c);
                e.getMessage().setHeader(MobildevConstants.STATE, s);
            });
            assertThat(exchanged.getException()).isNull();
            Exchange campaign = send(template, "direct:campaign", "kampanya");
            send(template, "direct:campaign-status", campaign.getMessage().getHeader(SmsHeaders.MESSAGE_ID));
            // a failing campaign call, whose error and stack trace are logged
            assertThat(template.send("direct:campaign-status", e -> e.getMessage().setBody("999"))
                    .getException()).isNotNull();

            MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
                String uri = String.valueOf(mbeans.getAttribute(name, "EndpointUri"));
                for (String secret : new String[] {KEY, SECRET, MobildevSimulator.CLIENT_SECRET}) {
                    assertThat(name.toString()).doesNotContain(secret);
                    assertThat(uri).doesNotContain(secret);
                }
            }
        } finally {
            main.stop();
        }
    }

    private static Exchange send(ProducerTemplate template, String uri, Object body) {
        Exchange e = template.send(uri, x -> {
            x.getMessage().setBody(body);
            x.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        });
        assertThat(e.getException()).as(uri).isNull();
        return e;
    }
}
