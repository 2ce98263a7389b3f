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

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's route examples, as written there, against the sandbox and a real platform-http server. */
class BrokerageReadmeExamplesTest extends BrokerageTestSupport {

    private static final String PASSWORD = "readme-hook-pass";

    private String readme;

    @BeforeEach
    void readmeAndWebhookProperties() throws Exception {
        readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Properties props = new Properties();
        props.setProperty("brokerage.webhook.username", "brokerage-platform");
        props.setProperty("brokerage.webhook.password", PASSWORD);
        context.getPropertiesComponent().setInitialProperties(props);
    }

    /** The first block of the language that holds {@code marker}. */
    private String block(String language, String marker) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + language + " block with " + marker + " in the README");
    }

    private void exercise() throws Exception {
        Exchange created = ok("direct:brokerage-create-order", "{\"symbol\":\"THYAO\",\"qty\":10}", Map.of());
        assertThat(created.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(201);
        String id = new ObjectMapper().readTree(created.getMessage().getBody(String.class)).path("id").asText();

        Exchange fetched = ok("direct:brokerage-get-order", null, Map.of("orderId", id));
        assertThat(fetched.getMessage().getBody(String.class)).contains("THYAO");

        NotifyBuilder event = new NotifyBuilder(context).fromRoute("brokerage-events").whenDone(1).create();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/brokerage/events")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("brokerage-platform:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"order.filled\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(event.matches(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theYamlExampleLoadsCallsAndReceives() throws Exception {
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.fromString("readme.yaml", block("yaml", "- route:")));
        exercise();
    }

    @Test
    void theJavaExampleCallsAndReceives() throws Exception {
        String java = block("java", "from(");
        assertThat(java).contains(".to(\"brokerage:call?path=/orders&httpMethod=POST\")", ".to(\"brokerage:call\")");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:brokerage-create-order")
                    .to("brokerage:call?path=/orders&httpMethod=POST")
                    .log("created (${header.CamelHttpResponseCode}): ${body}");

                from("direct:brokerage-get-order")
                    .setHeader(BrokerageConstants.PATH, simple("/orders/${header.orderId}"))
                    .to("brokerage:call");

                from("brokerage:webhook?webhookPath=/brokerage/events"
                     + "&username={{brokerage.webhook.username}}&password={{brokerage.webhook.password}}")
                    .routeId("brokerage-events")
                    .convertBodyTo(String.class)
                    .log("platform event: ${body}");
            }
        });
        exercise();
    }
}
