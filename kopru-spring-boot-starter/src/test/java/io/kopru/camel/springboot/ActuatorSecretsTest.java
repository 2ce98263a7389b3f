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
package io.kopru.camel.springboot;

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.LogCapture;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.springboot.app.KopruTestApplication;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret value in {@code /actuator/env}, {@code /actuator/configprops} or the log of a whole run (start, a send
 * through the failover route, the endpoints read, the stop), with every logger at DEBUG but Camel's two placeholder
 * loggers, with Actuator told to show values (the starter's sanitizer is what masks them), and with the routes dumped,
 * placeholders resolved (the starter's masking route dump is what masks them there).
 */
class ActuatorSecretsTest {

    @RegisterExtension
    static ProviderSandboxExtension sandbox = ProviderSandboxExtension.of(new IletimerkeziSimulator(),
            new MobildevSimulator());

    private static final String[] SECRETS = {IletimerkeziSimulator.API_KEY, IletimerkeziSimulator.API_HASH,
            MobildevSimulator.API_KEY, MobildevSimulator.API_SECRET};

    @Test
    void noSecretInEnvConfigpropsOrTheLog(IletimerkeziSimulator iletimerkezi) throws Exception {
        List<String> args = new ArrayList<>();
        SandboxProperties.of(sandbox).forEach((k, v) -> args.add("--" + k + "=" + v));
        // the way the routes library's own configuration refers to a secret: a property of its own
        args.add("--iletimerkezi.secret-key=" + IletimerkeziSimulator.API_HASH);
        args.add("--server.port=0");
        args.add("--management.endpoints.web.exposure.include=env,configprops");
        args.add("--management.endpoint.env.show-values=always");
        args.add("--management.endpoint.configprops.show-values=always");
        // the routes dumped with their placeholders resolved, one of them holding a secret in its URI
        args.add("--camel.main.dump-routes=yaml");
        args.add("--camel.main.dump-routes-resolve-placeholders=true");

        // Camel's placeholder loggers and camel-spring-boot's, at INFO as the README says: at DEBUG each prints the value
        // a placeholder resolves to
        String[] placeholderLoggers = Stream.concat(Stream.of(LogCapture.CAMEL_PLACEHOLDER_LOGGERS),
                Stream.of("org.apache.camel.spring.boot.SpringPropertiesParser")).toArray(String[]::new);
        try (LogCapture log = new LogCapture(placeholderLoggers)) {
            Map<String, String> bodies;
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KopruTestApplication.class,
                    SecretInAnEndpointUri.class).run(args.toArray(String[]::new))) {
                Exchange sent = app.getBean(CamelContext.class).createProducerTemplate().request("direct:sms", e -> {
                    e.getMessage().setBody("gizli değil");
                    e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
                });
                assertThat(sent.getException()).isNull();
                assertThat(iletimerkezi.acceptedOrders()).hasSize(1);

                String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
                bodies = Map.of(
                        "env", get(base + "/actuator/env"),
                        "configprops", get(base + "/actuator/configprops"),
                        "env/secret-key", get(base + "/actuator/env/camel.component.iletimerkezi.secret-key"),
                        "env/api-key", get(base + "/actuator/env/camel.component.mobildev.api-key"));
            }

            // the values are shown (the sender, the base URL) ...
            assertThat(bodies.get("env")).contains("camel.component.iletimerkezi.sender", "\"ACME\"",
                    sandbox.baseUrl(IletimerkeziSimulator.class));
            assertThat(bodies.get("configprops")).contains("\"camel");
            // ... but not the secrets
            bodies.forEach((endpoint, body) -> {
                for (String secret : SECRETS) {
                    assertThat(body).as("/actuator/" + endpoint).doesNotContain(secret);
                }
            });
            assertThat(bodies.get("env/secret-key")).contains("******");
            assertThat(log.lines()).as("the routes were dumped resolved, the secret masked")
                    .anyMatch(l -> l.contains("uri: iletimerkezi:get-balance?secretKey=xxxxxx"));
            log.assertContainsNone(SECRETS);
            assertThat(log.lines()).as("the log was captured").anyMatch(l -> l.contains("Kopru routes: loaded"));
        }
    }

    /** A route of the user's whose endpoint URI takes the secret from a property: route dumps print it resolved. */
    static class SecretInAnEndpointUri {
        @Bean
        RouteBuilder secretUriRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:balance-by-uri").to("iletimerkezi:get-balance?secretKey={{iletimerkezi.secret-key}}");
                }
            };
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
