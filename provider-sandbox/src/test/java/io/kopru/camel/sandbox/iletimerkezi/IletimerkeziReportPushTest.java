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
package io.kopru.camel.sandbox.iletimerkezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator posts delivery reports to the URL the account registered, as deliveries progress. */
class IletimerkeziReportPushTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean blockReceiver;
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/reports", exchange -> {
            received.add(json.readTree(exchange.getRequestBody().readAllBytes()));
            if (blockReceiver) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        release.countDown();
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/reports";
    }

    private JsonNode send(SandboxServer server, String... numbers) throws Exception {
        String body = "{\"request\":{\"authentication\":{\"key\":\"" + IletimerkeziSimulator.API_KEY + "\",\"hash\":\""
                      + IletimerkeziSimulator.API_HASH + "\"},\"order\":{\"sender\":\"ACME\",\"sendDateTime\":\"\","
                      + "\"iys\":\"0\",\"message\":{\"text\":\"Merhaba\",\"receipents\":{\"number\":[\""
                      + String.join("\",\"", numbers) + "\"]}}}}}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/v1/send-sms/json")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void acceptedThenDeliveredOrUndeliveredForEachMessageWithIntegerIds(IletimerkeziSimulator iletimerkezi,
                                                                        SandboxServer server) throws Exception {
        iletimerkezi.account(IletimerkeziSimulator.API_KEY).deliveryReportUrl(url());
        long orderId = send(server, "5321234567", "5321234599").path("response").path("order").path("id").asLong();

        waitUntil(() -> received.size() == 2);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.path("report").path("status").asText()).isEqualTo("accepted");
            assertThat(r.path("report").path("packet_id").isIntegralNumber()).isTrue();
            assertThat(r.path("report").path("packet_id").asLong()).isEqualTo(orderId);
            assertThat(r.path("report").path("id").isIntegralNumber()).isTrue();
            assertThat(r.path("report").path("body").asText()).isEqualTo("Merhaba");
        });
        assertThat(received).extracting(r -> r.path("report").path("to").asText())
                .containsExactly("905321234567", "905321234599");

        iletimerkezi.deliverAll();

        waitUntil(() -> received.size() == 4);
        assertThat(received.subList(2, 4)).extracting(r -> r.path("report").path("to").asText() + " "
                                                           + r.path("report").path("status").asText())
                .containsExactly("905321234567 delivered", "905321234599 undelivered");
        // one id per message, the same in both of its reports, none shared with another message
        assertThat(received.get(0).path("report").path("id")).isEqualTo(received.get(2).path("report").path("id"));
        assertThat(received.get(1).path("report").path("id")).isEqualTo(received.get(3).path("report").path("id"));
        assertThat(received.get(0).path("report").path("id")).isNotEqualTo(received.get(1).path("report").path("id"));
        // the sandbox records a post once its answer is back, a moment after the receiver has the report
        waitUntil(() -> iletimerkezi.pushedReports().size() == 4);
        assertThat(iletimerkezi.pushedReports()).hasSize(4).allSatisfy(p -> assertThat(p.answer).isEqualTo(200));
    }

    @Test
    void aSlowReceiverNeverHoldsUpTheApi(IletimerkeziSimulator iletimerkezi, SandboxServer server) throws Exception {
        iletimerkezi.account(IletimerkeziSimulator.API_KEY).deliveryReportUrl(url());
        blockReceiver = true;
        send(server, "5321234567");
        waitUntil(() -> received.size() == 1);

        // the receiver holds the first post unanswered; the API still answers, on its own threads
        JsonNode second = send(server, "5321234568");

        assertThat(second.path("response").path("order").path("id").asText()).isNotEmpty();
        assertThat(received).hasSize(1);
        release.countDown();
        waitUntil(() -> received.size() == 2);
    }

    @Test
    void closingTheSandboxEndsThePostingThread() throws Exception {
        long before = pushThreads();
        IletimerkeziSimulator own = new IletimerkeziSimulator();
        ProviderSandbox sandbox = ProviderSandbox.of(own).start();
        own.account(IletimerkeziSimulator.API_KEY).deliveryReportUrl(url());
        send(sandbox.server(IletimerkeziSimulator.class), "5321234567");
        waitUntil(() -> received.size() == 1);
        assertThat(pushThreads()).isEqualTo(before + 1);

        sandbox.close();

        assertThat(pushThreads()).isEqualTo(before);
    }

    private static long pushThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("iletimerkezi-sandbox-report-push")).count();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
