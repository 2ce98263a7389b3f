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
package io.kopru.camel.sandbox.brokerage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator answers and refuses as the Brokerage document says, straight over HTTP, with no component involved. */
class BrokerageSimulatorTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new BrokerageSimulator());

    private static final String CREDENTIALS = "{\"api_key\":\"" + BrokerageSimulator.API_KEY + "\",\"secret_key\":\""
                                              + BrokerageSimulator.SECRET_KEY + "\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private BrokerageSimulator brokerage;
    private String base;

    @BeforeEach
    void setUp() {
        brokerage = SANDBOX.simulator(BrokerageSimulator.class);
        base = SANDBOX.baseUrl(BrokerageSimulator.class);
    }

    private HttpResponse<String> post(String path, String target, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Target-Server", target);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("X-Target-Server", "integration").header("Authorization", "Bearer " + bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode authenticate() throws Exception {
        HttpResponse<String> response = post(BrokerageSimulator.AUTHENTICATE, "authentication", CREDENTIALS);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void authenticationAnswersTheDocumentedFields() throws Exception {
        JsonNode tokens = authenticate();
        assertThat(tokens.path("access_token").asText()).startsWith("eyJ");
        assertThat(tokens.path("refresh_token").asText()).isNotEmpty();
        assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(tokens.path("expires_at").asText()).isNotEmpty();

        HttpResponse<String> headers = http.send(HttpRequest.newBuilder(URI.create(base + BrokerageSimulator.AUTHENTICATE))
                .header("X-Target-Server", "authentication").header("Api-Key", BrokerageSimulator.API_KEY)
                .header("Api-Secret", BrokerageSimulator.SECRET_KEY).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(headers.statusCode()).as("credentials in headers, option 2").isEqualTo(200);
    }

    @Test
    void wrongCredentialsGetTheDocumentedErrorBody() throws Exception {
        HttpResponse<String> response = post(BrokerageSimulator.AUTHENTICATE, "authentication",
                CREDENTIALS.replace(BrokerageSimulator.SECRET_KEY, "wrong"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree(
                "{\"error\":{\"code\":\"INVALID_API_KEY\",\"message\":\"invalid api key or secret\"}}"));
    }

    @Test
    void theTargetServerHeaderIsRequiredOnEveryCall() throws Exception {
        assertThat(post(BrokerageSimulator.AUTHENTICATE, null, CREDENTIALS).statusCode()).isEqualTo(400);
        assertThat(post(BrokerageSimulator.AUTHENTICATE, "integration", CREDENTIALS).statusCode()).isEqualTo(400);
        String access = authenticate().path("access_token").asText();
        HttpResponse<String> wrongTarget = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/integration/orders"))
                .header("X-Target-Server", "authentication").header("Authorization", "Bearer " + access).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongTarget.statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/integration/orders", access).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensExpireOnTheSandboxClockAndTheRefreshKeepsTheRefreshToken() throws Exception {
        brokerage.setAccessTokenLifetime(Duration.ofMinutes(5));
        brokerage.setRefreshTokenLifetime(Duration.ofMinutes(30));
        JsonNode tokens = authenticate();
        String refresh = tokens.path("refresh_token").asText();

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(6));
        HttpResponse<String> expired = get("/api/v1/integration/orders", tokens.path("access_token").asText());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("TOKEN_EXPIRED");

        HttpResponse<String> refreshed = post(BrokerageSimulator.REFRESH, "authentication",
                "{\"refresh_token\":\"" + refresh + "\"}");
        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode renewed = json.readTree(refreshed.body());
        assertThat(renewed.path("refresh_token").asText()).isEqualTo(refresh);
        assertThat(get("/api/v1/integration/orders", renewed.path("access_token").asText()).statusCode()).isEqualTo(200);

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(30));
        HttpResponse<String> dead = post(BrokerageSimulator.REFRESH, "authentication",
                "{\"refresh_token\":\"" + refresh + "\"}");
        assertThat(dead.statusCode()).isEqualTo(401);
        assertThat(json.readTree(dead.body()).path("error").path("code").asText()).isEqualTo("REFRESH_TOKEN_EXPIRED");
    }

    @Test
    void webhookAuthenticationMustBeADocumentedTypeAndItsSecretIsNeverReturned() throws Exception {
        String access = authenticate().path("access_token").asText();
        for (String bad : new String[] {"{\"type\":3,\"token\":\"t\"}", "{\"type\":1,\"username\":\"u\"}",
                "{\"type\":2}", "{\"type\":\"2\",\"token\":\"t\"}"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/integration/webhooks"))
                    .header("X-Target-Server", "integration").header("Authorization", "Bearer " + access)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"url\":\"http://127.0.0.1:1/hook\",\"authentication\":" + bad + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/integration/webhooks"))
                .header("X-Target-Server", "integration").header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://127.0.0.1:1/hook\",\"authentication\":{\"type\":1,\"username\":\"u\","
                        + "\"password\":\"pw-secret\"}}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("pw-secret");
        assertThat(brokerage.webhooks()).hasSize(1);
    }
}
