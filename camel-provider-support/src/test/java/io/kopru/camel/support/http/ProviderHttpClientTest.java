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
package io.kopru.camel.support.http;

import com.sun.net.httpserver.HttpServer;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.sandbox.junit.LogCapture;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderHttpClientTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private ProviderHttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/busy", ex -> {
            requests.incrementAndGet();
            ex.getResponseHeaders().add("Retry-After", "1");
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.createContext("/moved", ex -> {
            requests.incrementAndGet();
            ex.getResponseHeaders().add("Location", "/elsewhere");
            ex.sendResponseHeaders(307, -1);
            ex.close();
        });
        server.createContext("/slow", ex -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/drop", ex -> {
            requests.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            ex.close(); // no response at all
        });
        server.createContext("/echo", ex -> {
            requests.incrementAndGet();
            byte[] body = ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        TestConfiguration config = new TestConfiguration();
        config.setResponseTimeout(500);
        client = new ProviderHttpClient("test", ProviderHttpClientFactory.create(new DefaultCamelContext(), config));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static ProviderHttpRequest post(URI uri) {
        return ProviderHttpRequest.post(uri).body("{\"a\":1}", "application/json").build();
    }

    @Test
    void a503WithRetryAfterIsNotRetried() {
        ProviderHttpResponse response = client.execute(post(uri("/busy")));
        assertThat(response.status()).isEqualTo(503);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void redirectsAreNotFollowed() {
        assertThat(client.execute(post(uri("/moved"))).status()).isEqualTo(307);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionCertainlySentNothing() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThatThrownBy(() -> client.execute(post(URI.create("http://127.0.0.1:" + closedPort + "/x"))))
                .isInstanceOfSatisfying(ProviderUnavailableException.class,
                        e -> assertThat(e.isDefinitelyNotSent()).isTrue());
    }

    @Test
    void aTimeoutAfterSendingAPostIsAmbiguousAndNotRetried() {
        assertThatThrownBy(() -> client.execute(post(uri("/slow"))))
                .isInstanceOfSatisfying(ProviderAmbiguousResultException.class,
                        e -> assertThat(e.isDefinitelyNotSent()).isFalse());
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void aTimeoutOfAQueryIsUnavailable() {
        assertThatThrownBy(() -> client.execute(ProviderHttpRequest.get(uri("/slow")).build()))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void aDroppedConnectionAfterThePostIsAmbiguousAndNotRetried() {
        assertThatThrownBy(() -> client.execute(post(uri("/drop"))))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.isDefinitelyNotSent()).isFalse());
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void httpClientsWireAndHeaderLogsNeverSeeTheRequest() {
        LogCapture log = new LogCapture();
        try (log) {
            ProviderHttpResponse response = client.execute(ProviderHttpRequest.post(uri("/echo"))
                    .header("X-API-Key", "key-that-must-not-leak")
                    .body("{\"hash\":\"hash-that-must-not-leak\"}", "application/json").build());
            assertThat(response.bodyAsString()).contains("hash-that-must-not-leak");
        }
        List<String> lines = log.lines();
        assertThat(lines).as("HttpClient logged at DEBUG").isNotEmpty();
        assertThat(String.join("\n", lines)).doesNotContain("must-not-leak");
    }

    static final class TestConfiguration extends ProviderHttpConfiguration {
    }

}
