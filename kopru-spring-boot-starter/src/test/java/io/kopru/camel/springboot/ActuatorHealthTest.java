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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.springboot.app.KopruTestApplication;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The components' health checks on Actuator's health endpoint, read over HTTP on a random port. */
@CamelSpringBootTest
@SpringBootTest(classes = KopruTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "management.endpoints.web.exposure.include=health",
                "management.endpoint.health.show-details=always",
                "camel.health.exposure-level=full" })
@DirtiesContext
class ActuatorHealthTest {

    @RegisterExtension
    static ProviderSandboxExtension sandbox = ProviderSandboxExtension.of(new IletimerkeziSimulator(),
            new MobildevSimulator());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SandboxProperties.of(sandbox).forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The health component that reports the Camel health checks: the one listing the iletimerkezi producer check. */
    private static JsonNode camelHealth(String body) throws Exception {
        JsonNode components = new ObjectMapper().readTree(body).path("components");
        for (JsonNode component : components) {
            for (java.util.Iterator<String> ids = component.path("details").fieldNames(); ids.hasNext(); ) {
                if (ids.next().startsWith("producer:iletimerkezi-")) {
                    return component;
                }
            }
        }
        throw new AssertionError("no health component lists the iletimerkezi producer check: " + body);
    }

    @Test
    void reportsEachProvidersProducerCheckAndGoesDownWhenTheProviderRefusesTheCredentials(
            IletimerkeziSimulator iletimerkezi) throws Exception {
        HttpResponse<String> up = health();
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        JsonNode camel = camelHealth(up.body());
        assertThat(camel.path("status").asText()).as(up.body()).isEqualTo("UP");
        assertThat(camel.path("details").fieldNames()).toIterable()
                .anyMatch(id -> id.startsWith("producer:iletimerkezi-"))
                .anyMatch(id -> id.startsWith("producer:mobildev-"));

        // the panel's "allow API access" switched off: get-balance is refused, the check and the application go down
        iletimerkezi.account(IletimerkeziSimulator.API_KEY).apiAccessAllowed(false);
        HttpResponse<String> down = health();
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(camelHealth(down.body()).path("status").asText()).isEqualTo("DOWN");
        assertThat(down.body()).doesNotContain(IletimerkeziSimulator.API_KEY, IletimerkeziSimulator.API_HASH);
    }
}
