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

import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.webhook.WebhookGuard;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delivery-reports consumer over real HTTP: platform-http-vertx on a free loopback port, posts made as iletiMerkezi
 * makes them.
 */
class IletimerkeziDeliveryReportsTest {

    private static final String TOKEN = "3f9c1e7a5b2d4c6e8f0a1b3c5d7e9f21";
    private static final String REPORT = "{\"report\":{\"id\":1001,\"packet_id\":240000001,\"status\":\"delivered\","
                                         + "\"to\":\"905321234567\",\"body\":\"Doğrulama kodunuz: 4711\"}}";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private CamelContext context;
    private int httpPort;

    @BeforeEach
    void startCamel() throws Exception {
        context = new DefaultCamelContext();
        httpPort = freePort();
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(httpPort);
        context.addService(new VertxPlatformHttpServer(http));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                String token = "&webhookToken=" + TOKEN;
                from("iletimerkezi:delivery-reports?webhookRateLimit=0" + token).routeId("default").to("mock:default");
                from("iletimerkezi:delivery-reports?webhookPath=/hooks/small&webhookMaxBodySize=256&webhookRateLimit=0"
                     + token).routeId("small").to("mock:small");
                from("iletimerkezi:delivery-reports?webhookPath=/hooks/limited&webhookRateLimit=2" + token)
                        .routeId("limited").to("mock:limited");
                from("iletimerkezi:delivery-reports?webhookPath=/hooks/elsewhere&webhookRateLimit=0"
                     + "&webhookAllowedSources=203.0.113.10,198.51.100.0/24" + token).routeId("elsewhere")
                        .to("mock:elsewhere");
                from("iletimerkezi:delivery-reports?webhookPath=/hooks/loopback&webhookRateLimit=0"
                     + "&webhookAllowedSources=203.0.113.10,127.0.0.0/8" + token).routeId("loopback")
                        .to("mock:loopback");
                from("iletimerkezi:delivery-reports?webhookPath=/hooks/failing&webhookRateLimit=0" + token)
                        .routeId("failing").throwException(new IllegalStateException("store down at 10.0.0.7"));
            }
        });
        context.start();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json").POST(body).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, HttpRequest.BodyPublishers.ofString(body));
    }

    private MockEndpoint mock(String name) {
        return context.getEndpoint("mock:" + name, MockEndpoint.class);
    }

    private static String reportOfSize(int bytes) {
        String head = "{\"report\":{\"id\":1,\"packet_id\":2,\"status\":\"accepted\",\"to\":\"5321234567\",\"body\":\"";
        return head + "x".repeat(bytes - head.length() - 3) + "\"}}";
    }

    private long consumerAttribute(String routeId, String attribute) throws Exception {
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = mbeans.queryNames(new ObjectName("org.apache.camel:context=" + context.getName()
                                                                 + ",type=consumers,*"), null);
        for (ObjectName name : names) {
            if (routeId.equals(mbeans.getAttribute(name, "RouteId"))) {
                return (Long) mbeans.getAttribute(name, attribute);
            }
        }
        throw new AssertionError("no consumer MBean of route " + routeId + " among " + names);
    }

    @Test
    void aGoodPostBecomesOneDeliveryReportAndIsAnswered200() throws Exception {
        HttpResponse<String> response = post(IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH + "/" + TOKEN, REPORT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(IletimerkeziDeliveryReportConsumer.ANSWER_RECEIVED);
        MockEndpoint mock = mock("default");
        assertThat(mock.getReceivedCounter()).isEqualTo(1);
        Exchange received = mock.getReceivedExchanges().get(0);
        DeliveryReport report = received.getMessage().getBody(DeliveryReport.class);
        assertThat(report.getProvider()).isEqualTo("iletimerkezi");
        assertThat(report.getMessageId()).isEqualTo("1001");
        assertThat(report.getRecipient()).isEqualTo("+905321234567");
        assertThat(report.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(report.getProviderStatusCode()).isEqualTo("delivered");
        assertThat(report.getTime()).isNotNull();
        assertThat(received.getMessage().getHeader(IletimerkeziConstants.ORDER_ID)).isEqualTo("240000001");
        assertThat(received.getMessage().getHeader(IletimerkeziConstants.REPORT_STATUS)).isEqualTo("delivered");
        assertThat(received.getMessage().getHeader(IletimerkeziConstants.SMS_PROVIDER)).isEqualTo("iletimerkezi");
        // nothing of the request reaches the route: its path, and so its token, included
        assertThat(received.getMessage().getHeaders().values()).noneMatch(v -> String.valueOf(v).contains(TOKEN));
        assertThat(received.getMessage().getHeaders()).doesNotContainKey(Exchange.HTTP_URI);
    }

    @Test
    void eachPushedStatusMapsToTheNeutralOne() throws Exception {
        String path = IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH + "/" + TOKEN;
        for (String status : new String[] {"accepted", "delivered", "undelivered"}) {
            assertThat(post(path, "{\"report\":{\"id\":7,\"packet_id\":\"8\",\"status\":\"" + status
                                  + "\",\"to\":\"+90 532 123 45 67\"}}").statusCode()).isEqualTo(200);
        }
        assertThat(mock("default").getReceivedExchanges()).extracting(e -> e.getMessage()
                .getBody(DeliveryReport.class).getStatus())
                .containsExactly(DeliveryStatus.PENDING, DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED);
    }

    @Test
    void aWrongTokenIs401WithoutTheBodyBeingParsed() throws Exception {
        // a malformed body would be 400 if it were parsed: 401 shows the token was checked first
        HttpResponse<String> wrong = post(IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH + "/"
                                          + TOKEN.substring(0, TOKEN.length() - 1) + "0", "{not json");
        HttpResponse<String> longer = post(IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH + "/" + TOKEN + "0", REPORT);
        HttpResponse<String> missing = post(IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH, REPORT);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(WebhookGuard.UNAUTHORIZED);
        assertThat(longer.statusCode()).isEqualTo(401);
        // no token segment: no route matches the path at all
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(mock("default").getReceivedCounter()).isZero();
        assertThat(consumerAttribute("default", "UnauthorizedPosts")).isEqualTo(2);
        assertThat(consumerAttribute("default", "MalformedReports")).isZero();
    }

    @Test
    void aBodyOverTheLimitIs413ByItsContentLengthAndNeverReachesTheRoute() throws Exception {
        String path = "/hooks/small/" + TOKEN;
        assertThat(post(path, reportOfSize(256)).statusCode()).isEqualTo(200);

        HttpResponse<String> response = post(path, reportOfSize(257));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo(WebhookGuard.TOO_LARGE);
        assertThat(mock("small").getReceivedCounter()).isEqualTo(1);
        assertThat(consumerAttribute("small", "OversizedPosts")).isEqualTo(1);
    }

    @Test
    void theDefaultLimitIs64KibAndAChunkedBodyIsMeasuredToo() throws Exception {
        String path = IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH + "/" + TOKEN;
        assertThat(post(path, reportOfSize(64 * 1024)).statusCode()).isEqualTo(200);
        assertThat(post(path, reportOfSize(64 * 1024 + 1)).statusCode()).isEqualTo(413);
        byte[] large = reportOfSize(100 * 1024).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = post(path,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(mock("default").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void aMalformedBodyIs400WithNoStackTraceIsCountedAndNeverReachesTheRoute() throws Exception {
        String path = IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH + "/" + TOKEN;
        String[] bodies = {"{not json", "", "[1,2]", "{\"report\":[]}", REPORT + REPORT, "[".repeat(1000),
                           "{\"report\":{\"id\":1.5,\"packet_id\":2,\"status\":\"delivered\",\"to\":\"5321234567\"}}",
                           "{\"report\":{\"id\":-1,\"packet_id\":2,\"status\":\"delivered\",\"to\":\"5321234567\"}}",
                           "{\"report\":{\"id\":1,\"status\":\"delivered\",\"to\":\"5321234567\"}}",
                           "{\"report\":{\"id\":1,\"packet_id\":2,\"status\":\"read\",\"to\":\"5321234567\"}}",
                           "{\"report\":{\"id\":1,\"packet_id\":2,\"status\":\"delivered\",\"to\":\"hello\"}}",
                           "{\"report\":{\"id\":1,\"packet_id\":2,\"status\":\"delivered\"}}"};
        for (String body : bodies) {
            HttpResponse<String> response = post(path, body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).isEqualTo(WebhookGuard.MALFORMED)
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(mock("default").getReceivedCounter()).isZero();
        assertThat(consumerAttribute("default", "MalformedReports")).isEqualTo(bodies.length);
    }

    @Test
    void aSourceNotOnTheAllowListIs403AndOneOnItGetsThrough() throws Exception {
        HttpResponse<String> refused = post("/hooks/elsewhere/" + TOKEN, REPORT);
        HttpResponse<String> allowed = post("/hooks/loopback/" + TOKEN, REPORT);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo(WebhookGuard.FORBIDDEN);
        assertThat(mock("elsewhere").getReceivedCounter()).isZero();
        assertThat(consumerAttribute("elsewhere", "ForbiddenPosts")).isEqualTo(1);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(mock("loopback").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void postsOverThePerSourceLimitAre429WithRetryAfterAndNeverReachTheRoute() throws Exception {
        int accepted = 0;
        int limited = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = post("/hooks/limited/" + TOKEN, REPORT);
            if (response.statusCode() == 429) {
                limited++;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                accepted++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // 2 a second: the burst of 2 plus what refilled while the posts were made, whatever the machine's speed
        assertThat(accepted).isLessThanOrEqualTo(2 + (int) Math.ceil(2 * seconds));
        assertThat(limited).isEqualTo(10 - accepted).isPositive();
        assertThat(mock("limited").getReceivedCounter()).isEqualTo(accepted);
        assertThat(consumerAttribute("limited", "RateLimitedPosts")).isEqualTo(limited);
    }

    @Test
    void aRouteThatFailsIsAnswered500WithoutItsError() throws Exception {
        HttpResponse<String> response = post("/hooks/failing/" + TOKEN, REPORT);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo(IletimerkeziDeliveryReportConsumer.ANSWER_FAILED).doesNotContain("10.0.0.7");
    }

    @Test
    void aShortOrMissingTokenStopsTheRouteFromStarting() throws Exception {
        CamelContext other = new DefaultCamelContext();
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:delivery-reports?webhookToken=short").to("mock:never");
            }
        });
        try {
            assertThatThrownBy(other::start).hasStackTraceContaining("at least 22 characters")
                    .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("=short"));
        } finally {
            other.stop();
        }
    }

    @Test
    void aProducerOrAnotherOperationsConsumerIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:delivery-reports?webhookToken=" + TOKEN)
                .createProducer()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:get-report?apiKey=k&secretKey=s")
                .createConsumer(e -> { })).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:delivery-reports?webhookAllowedSources=example.com"))
                .hasStackTraceContaining("not an IP address");
    }
}
