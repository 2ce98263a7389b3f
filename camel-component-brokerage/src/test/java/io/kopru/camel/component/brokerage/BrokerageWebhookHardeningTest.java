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

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * brokerage:webhook facing the internet, over real HTTP (Vert.x): a body limit answered 413, 401 before any parsing,
 * 400 for a malformed body with no stack trace, and a per-source request limit answered 429.
 */
class BrokerageWebhookHardeningTest extends BrokerageTestSupport {

    private static final String USER = "platform";
    private static final String PASSWORD = "wh-pass-77d1e0";
    private static final String EVENT = "{\"event\":\"order.filled\",\"id\":\"42\"}";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected void addRoutes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                String auth = "&username=" + USER + "&password=" + PASSWORD + "&webhookRateLimit=0";
                from("brokerage:webhook?webhookPath=/hooks/default" + auth).routeId("default").to("mock:default");
                from("brokerage:webhook?webhookPath=/hooks/small&webhookMaxBodySize=128" + auth).routeId("small")
                        .to("mock:small");
                from("brokerage:webhook?webhookPath=/hooks/limited&webhookRateLimit=2&username=" + USER
                     + "&password=" + PASSWORD).routeId("limited").to("mock:limited");
            }
        });
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, boolean authenticated)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json").POST(body);
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, boolean authenticated) throws Exception {
        return post(path, HttpRequest.BodyPublishers.ofString(body), authenticated);
    }

    private MockEndpoint mock(String name) {
        return context.getEndpoint("mock:" + name, MockEndpoint.class);
    }

    private static String eventOfSize(int bytes) {
        String head = "{\"event\":\"order.filled\",\"pad\":\"";
        return head + "x".repeat(bytes - head.length() - 2) + "\"}";
    }

    @Test
    void aBodyOver64KibIsAnswered413ByItsContentLengthAndNeverReachesTheRoute() throws Exception {
        assertThat(post("/hooks/default", eventOfSize(64 * 1024), true).statusCode()).isEqualTo(200);

        HttpResponse<String> response = post("/hooks/default", eventOfSize(64 * 1024 + 1), true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(mock("default").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsMeasuredToo() throws Exception {
        byte[] large = eventOfSize(100 * 1024).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("/hooks/default",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)), true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(mock("default").getReceivedCounter()).isZero();
    }

    @Test
    void theLimitIsConfigurable() throws Exception {
        assertThat(post("/hooks/small", eventOfSize(128), true).statusCode()).isEqualTo(200);
        assertThat(post("/hooks/small", eventOfSize(129), true).statusCode()).isEqualTo(413);
        assertThat(mock("small").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void anUnauthenticatedCallIs401WithoutItsBodyBeingParsed() throws Exception {
        // a malformed body would be 400 if it were parsed: 401 shows the credentials were checked first
        HttpResponse<String> response = post("/hooks/default", "{not json", false);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(mock("default").getReceivedCounter()).isZero();
    }

    @Test
    void aMalformedBodyIs400WithNoStackTraceAndNeverReachesTheRoute() throws Exception {
        for (String body : new String[] {"{not json", "", "\"a string\"", EVENT + EVENT, "[".repeat(1000)}) {
            HttpResponse<String> response = post("/hooks/default", body, true);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).isEqualTo(BrokerageWebhookConsumer.MALFORMED)
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(mock("default").getReceivedCounter()).isZero();
    }

    @Test
    void callsOverThePerSourceLimitAre429WithRetryAfterAndNeverReachTheRoute() throws Exception {
        int accepted = 0;
        int limited = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = post("/hooks/limited", EVENT, true);
            if (response.statusCode() == 429) {
                limited++;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                accepted++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // 2 a second: the burst of 2 plus what refilled while the calls were made, whatever the machine's speed
        assertThat(accepted).isLessThanOrEqualTo(2 + (int) Math.ceil(2 * seconds));
        assertThat(limited).isEqualTo(10 - accepted).isPositive();
        assertThat(mock("limited").getReceivedCounter()).isEqualTo(accepted);
    }
}
