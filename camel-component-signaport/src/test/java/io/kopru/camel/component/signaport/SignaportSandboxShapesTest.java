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
package io.kopru.camel.component.signaport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderFixture;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox answers every documented situation with the fixture's status and whole shape, so that the simulator and
 * the evidence the parsers are tested against cannot drift apart.
 */
class SignaportSandboxShapesTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new SignaportSimulator());

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private SandboxServer server;

    static List<ProviderFixture> fixtures() {
        return ProviderFixture.all("provider-fixtures");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json");
        b = "GET".equals(method) ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String words(JsonNode body) {
        return body.path("message").asText(body.path("error").path("message").asText()).replaceAll("\\d", "#");
    }

    private static String getToken(String key, String password) {
        return "{\"licenseKey\":\"" + key + "\",\"password\":\"" + password + "\",\"imzaTipi\":0}";
    }

    private String signToken() throws Exception {
        return json.readTree(send("POST", SignaportSimulator.GET_TOKEN_PATH,
                getToken(SignaportSimulator.LICENSE_KEY, SignaportSimulator.PASSWORD)).body()).path("signToken").asText();
    }

    private HttpResponse<String> validate(String token, String origin) throws Exception {
        return send("POST", SignaportSimulator.VALIDATE_PATH, "{\"token\":\"" + token + "\",\"origin\":\"" + origin
                                                                + "\"}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theSandboxAnswersWithTheFixturesStatusAndShape(ProviderFixture fixture, SandboxServer server,
                                                        SignaportSimulator signaport) throws Exception {
        this.server = server;
        String lic = SignaportSimulator.LICENSE_KEY;
        String pw = SignaportSimulator.PASSWORD;
        HttpResponse<String> answer;
        switch (fixture.name()) {
            case "get-token-success":
                answer = send("POST", SignaportSimulator.GET_TOKEN_PATH, getToken(lic, pw));
                break;
            case "get-token-invalid-request":
                answer = send("POST", SignaportSimulator.GET_TOKEN_PATH, "{\"licenseKey\":\"" + lic + "\"}");
                break;
            case "get-token-invalid-credentials":
                answer = send("POST", SignaportSimulator.GET_TOKEN_PATH, getToken(lic, "wrong"));
                break;
            case "get-token-insufficient-quota":
                signaport.license(lic).quota(10, 0);
                answer = send("POST", SignaportSimulator.GET_TOKEN_PATH, getToken(lic, pw));
                break;
            case "get-token-license-expired":
                answer = send("POST", SignaportSimulator.GET_TOKEN_PATH, getToken(SignaportSimulator.EXPIRED_LICENSE_KEY,
                        SignaportSimulator.EXPIRED_PASSWORD));
                break;
            case "get-token-license-inactive":
                answer = send("POST", SignaportSimulator.GET_TOKEN_PATH, getToken(SignaportSimulator.INACTIVE_LICENSE_KEY,
                        SignaportSimulator.INACTIVE_PASSWORD));
                break;
            case "get-token-rate-limited":
                signaport.setRateLimit(1, Duration.ofMinutes(1));
                send("POST", SignaportSimulator.GET_TOKEN_PATH, getToken(lic, pw));
                answer = send("POST", SignaportSimulator.GET_TOKEN_PATH, getToken(lic, pw));
                break;
            case "validate-success":
                answer = validate(signToken(), SignaportSimulator.ORIGIN);
                break;
            case "validate-token-empty":
                answer = validate("", SignaportSimulator.ORIGIN);
                break;
            case "validate-token-expired": {
                String token = signToken();
                SANDBOX.sandbox().clock().advance(Duration.ofMinutes(6));
                answer = validate(token, SignaportSimulator.ORIGIN);
                break;
            }
            case "validate-token-invalid":
                answer = validate("eyJhbGciOiJIUzI1NiJ9.e30.forged", SignaportSimulator.ORIGIN);
                break;
            case "validate-token-used": {
                String token = signToken();
                validate(token, SignaportSimulator.ORIGIN);
                answer = validate(token, SignaportSimulator.ORIGIN);
                break;
            }
            case "validate-origin-not-allowed":
                answer = validate(signToken(), "https://elsewhere.example");
                break;
            case "validate-quota-spent": {
                String token = signToken();
                signaport.license(lic).quota(10, 0);
                answer = validate(token, SignaportSimulator.ORIGIN);
                break;
            }
            case "check-quota-success":
                answer = send("GET", SignaportSimulator.CHECK_QUOTA_PATH + lic, null);
                break;
            case "check-quota-license-not-found":
                answer = send("GET", SignaportSimulator.CHECK_QUOTA_PATH + "NO-SUCH-LICENSE", null);
                break;
            case "check-quota-license-expired":
                answer = send("GET", SignaportSimulator.CHECK_QUOTA_PATH + SignaportSimulator.EXPIRED_LICENSE_KEY, null);
                break;
            case "check-quota-license-inactive":
                answer = send("GET", SignaportSimulator.CHECK_QUOTA_PATH + SignaportSimulator.INACTIVE_LICENSE_KEY,
                        null);
                break;
            default:
                throw new AssertionError("no sandbox situation for fixture " + fixture.name());
        }
        assertThat(answer.statusCode()).as(fixture.name() + " status").isEqualTo(fixture.httpStatus());
        JsonNode sandbox = json.readTree(answer.body());
        assertThat(fixture.missingFrom(sandbox)).as(fixture.name() + " (" + fixture.source() + ") against "
                                                     + answer.body()).isEmpty();
        // the same words as the document (dates and counts aside)
        assertThat(words(sandbox)).as(fixture.name() + " message").isEqualTo(words(fixture.json()));
    }
}
