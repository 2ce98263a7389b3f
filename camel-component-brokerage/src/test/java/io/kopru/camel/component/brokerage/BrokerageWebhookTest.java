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

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * brokerage:webhook on camel-platform-http (Vert.x here): only calls with the configured Basic or Token credentials
 * reach the route; the rest get 401 and the route never sees them.
 */
class BrokerageWebhookTest extends BrokerageTestSupport {

    static final String USER = "platform";
    static final String PASSWORD = "wh-pass-5e21c0";
    static final String TOKEN = "wh-token-0c9b77f3e1";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected void addRoutes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("brokerage:webhook?webhookPath=/hooks/basic&username=" + USER + "&password=" + PASSWORD)
                        .routeId("basic").convertBodyTo(String.class).to("mock:basic");
                from("brokerage:webhook?webhookPath=/hooks/token&token=" + TOKEN).routeId("token").convertBodyTo(String.class).to("mock:token");
                from("brokerage:webhook?webhookPath=/hooks/header&token=" + TOKEN + "&tokenHeader=X-Webhook-Token")
                        .routeId("header").to("mock:header");
            }
        });
    }

    private HttpResponse<String> post(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"order.filled\",\"id\":\"42\"}"));
        if (header != null) {
            request.header(header, value);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private MockEndpoint mock(String name) {
        return context.getEndpoint("mock:" + name, MockEndpoint.class);
    }

    @Test
    void basicWithTheRightCredentialsReachesTheRouteWithoutTheCredentialHeader() throws Exception {
        HttpResponse<String> response = post("/hooks/basic", "Authorization", basic(USER, PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(mock("basic").getReceivedCounter()).isEqualTo(1);
        Exchange received = mock("basic").getReceivedExchanges().get(0);
        assertThat(received.getMessage().getBody(String.class)).contains("order.filled");
        assertThat(received.getMessage().getHeaders().keySet()).noneMatch(h -> h.equalsIgnoreCase("Authorization"));
    }

    @Test
    void wrongOrMissingBasicCredentialsGet401AndNeverReachTheRoute() throws Exception {
        for (String authorization : new String[] {basic(USER, PASSWORD + "x"), basic(USER + "x", PASSWORD),
                basic(USER, ""), "Basic not-base64!", "Bearer " + PASSWORD, basic(USER, PASSWORD).substring(6), null}) {
            HttpResponse<String> response = post("/hooks/basic", authorization == null ? null : "Authorization",
                    authorization);
            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
            assertThat(response.body()).contains("UNAUTHORIZED");
            assertThat(response.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("Authorization"));
        }
        assertThat(mock("basic").getReceivedCounter()).isZero();
        assertThat(context.getRouteController().getRouteStatus("basic").isStarted()).isTrue();
    }

    @Test
    void tokenAuthenticationTakesTheBearerTokenOnly() throws Exception {
        assertThat(post("/hooks/token", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(post("/hooks/token", "Authorization", "bearer " + TOKEN).statusCode()).isEqualTo(200);
        for (String wrong : new String[] {"Bearer " + TOKEN + "0", "Bearer", TOKEN, basic(USER, TOKEN)}) {
            HttpResponse<String> response = post("/hooks/token", "Authorization", wrong);
            assertThat(response.statusCode()).as(wrong).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        }
        assertThat(post("/hooks/token", null, null).statusCode()).isEqualTo(401);
        assertThat(mock("token").getReceivedCounter()).isEqualTo(2);
    }

    @Test
    void aTokenInACustomHeaderIsComparedAsIs() throws Exception {
        assertThat(post("/hooks/header", "X-Webhook-Token", TOKEN).statusCode()).isEqualTo(200);
        assertThat(post("/hooks/header", "X-Webhook-Token", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(post("/hooks/header", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(mock("header").getReceivedCounter()).isEqualTo(1);
        assertThat(mock("header").getReceivedExchanges().get(0).getMessage().getHeaders())
                .doesNotContainKey("X-Webhook-Token");
    }

    @Test
    void onlyPostIsAnswered() throws Exception {
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                                                                                 + "/hooks/token"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(mock("token").getReceivedCounter()).isZero();
    }

    @Test
    void aWebhookRegisteredWithTheHelperIsCalledByThePlatformAndAWrongOneIsRefused() throws Exception {
        BrokerageEndpoint endpoint = (BrokerageEndpoint) context.getRoute("basic").getEndpoint();
        String url = "http://127.0.0.1:" + httpPort + "/hooks/basic";
        // registered through the Integration API, with the authentication object the consumer checks
        ok("brokerage:call?path=/webhooks&httpMethod=POST",
                Map.of("url", url, "events", List.of("order.filled"),
                        "authentication", endpoint.getWebhookAuthentication().toMap()), Map.of());
        // and one registered with a wrong password
        ok("brokerage:call?path=/webhooks&httpMethod=POST", Map.of("url", url,
                "authentication", BrokerageWebhookAuthentication.basic(USER, "guess").toMap()), Map.of());

        List<Integer> statuses = brokerage.deliverEvent("{\"event\":\"order.filled\",\"orderId\":\"7\"}");

        assertThat(statuses).containsExactly(200, 401);
        assertThat(mock("basic").getReceivedCounter()).isEqualTo(1);
        assertThat(mock("basic").getReceivedExchanges().get(0).getMessage().getBody(String.class)).contains("\"7\"");
    }
}
