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
package io.kopru.camel.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.component.mobildev.MobildevComponent;
import io.kopru.camel.component.mobildev.MobildevFormat;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The same signed Mobildev transactional send three ways, against one sandbox: through {@code mobildev:send} (JSON
 * format), through a plain JDK {@link HttpClient} that signs by hand, and through camel-http with a hand-written
 * signing processor. Every way writes the identical minified JSON body and the four headers per message.
 */
final class MobildevBench implements AutoCloseable {

    private static final String PATH = "/v1/transactional/send";

    private final MobildevSimulator simulator = new MobildevSimulator();
    private final ProviderSandbox sandbox;
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI sendUri;
    private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(MobildevBench::mac);

    MobildevBench() throws Exception {
        sandbox = ProviderSandbox.of(simulator).start();
        simulator.apiKey(MobildevSimulator.API_KEY).credits(Long.MAX_VALUE / 4);
        simulator.setTransactionalRateLimit(1_000_000, Duration.ofMinutes(1));
        String base = sandbox.baseUrl(MobildevSimulator.class);
        sendUri = URI.create(base + PATH);
        camel = new DefaultCamelContext();
        MobildevComponent component = new MobildevComponent();
        component.getConfiguration().setApiKey(MobildevSimulator.API_KEY);
        component.getConfiguration().setSecretKey(MobildevSimulator.API_SECRET);
        component.getConfiguration().setBaseUrl(base);
        component.getConfiguration().setFormat(MobildevFormat.JSON);
        camel.addComponent("mobildev", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:camel-http")
                        .process(e -> {
                            byte[] body = MobildevBench.this.body(e.getMessage().getBody(String.class));
                            String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
                            String nonce = UUID.randomUUID().toString();
                            e.getMessage().setHeader("X-API-Key", MobildevSimulator.API_KEY);
                            e.getMessage().setHeader("X-Timestamp", timestamp);
                            e.getMessage().setHeader("X-Nonce", nonce);
                            e.getMessage().setHeader("X-Signature", MobildevBench.this.sign(timestamp, nonce, body));
                            e.getMessage().setBody(body);
                        })
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json; charset=UTF-8"))
                        .to(base + PATH + "?throwExceptionOnFailure=false")
                        .process(e -> e.getMessage().setBody(id(e.getMessage().getBody(byte[].class))));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    private static Mac mac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(MobildevSimulator.API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return m;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] body(String text) throws Exception {
        ObjectNode root = json.createObjectNode();
        root.put("to", "5321234567");
        root.put("message", text);
        return json.writeValueAsBytes(root);
    }

    private String sign(String timestamp, String nonce, byte[] body) {
        String canonical = "POST\n" + PATH + "\n" + timestamp + "\n" + nonce + "\n"
                           + new String(body, StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(mac.get().doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private String id(byte[] response) throws Exception {
        JsonNode r = json.readTree(response);
        if (!r.path("success").asBoolean()) {
            throw new IllegalStateException("refused: " + r);
        }
        return r.path("id").asText();
    }

    Throughput.Sender component() {
        return i -> {
            Exchange e = template.send("mobildev:send", x -> {
                x.getMessage().setBody("bench component " + i);
                x.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            });
            if (e.getException() != null) {
                throw e.getException();
            }
        };
    }

    Throughput.Sender rawJdk() {
        return i -> {
            byte[] body = body("bench raw " + i);
            String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
            String nonce = UUID.randomUUID().toString();
            HttpResponse<byte[]> response = jdk.send(HttpRequest.newBuilder(sendUri)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("X-API-Key", MobildevSimulator.API_KEY)
                    .header("X-Timestamp", timestamp)
                    .header("X-Nonce", nonce)
                    .header("X-Signature", sign(timestamp, nonce, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            id(response.body());
        };
    }

    Throughput.Sender camelHttp() {
        return i -> {
            Exchange e = template.send("direct:camel-http", x -> x.getMessage().setBody("bench camel-http " + i));
            if (e.getException() != null) {
                throw e.getException();
            }
        };
    }

    @Override
    public void close() {
        camel.stop();
        sandbox.close();
    }
}
