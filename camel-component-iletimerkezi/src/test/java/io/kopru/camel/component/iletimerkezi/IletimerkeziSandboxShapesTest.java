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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderFixture;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox answers every fixture's situation with the fixture's whole shape (same paths, objects and arrays where
 * the fixture has them; a scalar may be a string or a number, as the sources differ), so that the simulator cannot
 * drift from the public evidence the parsers are tested against.
 */
class IletimerkeziSandboxShapesTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    static List<ProviderFixture> fixtures() {
        return ProviderFixture.all("provider-fixtures");
    }

    private HttpResponse<String> post(SandboxServer server, String method, String hash, String fields)
            throws Exception {
        String body = "{\"request\":{\"authentication\":{\"key\":\"" + IletimerkeziSimulator.API_KEY + "\",\"hash\":\""
                      + hash + "\"}" + fields + "}}";
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/" + method + "/json"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sendOne(SandboxServer server) throws Exception {
        HttpResponse<String> sent = post(server, "send-sms", IletimerkeziSimulator.API_HASH,
                ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\",\"message\":{\"text\":\"Şekil testi\","
                + "\"receipents\":{\"number\":[\"5321234567\"]}}}");
        return json.readTree(sent.body()).path("response").path("order").path("id").asText();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theSandboxAnswersWithTheFixturesShape(ProviderFixture fixture, SandboxServer server,
                                               IletimerkeziSimulator simulator) throws Exception {
        String hash = IletimerkeziSimulator.API_HASH;
        String code = fixture.json().path("response").path("status").path("code").asText();
        String fields = "";
        if ("401".equals(code)) {
            hash = "wrong-hash";
        }
        switch (fixture.operation()) {
            case "send-sms":
                fields = ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\",\"message\":{\"text\":\"Şekil " + fixture.name()
                         + "\",\"receipents\":{\"number\":[\"5321234567\"]}}}";
                break;
            case "get-report":
                String id = "455".equals(code) ? "999999999" : sendOne(server);
                simulator.deliverAll();
                fields = ",\"order\":{\"id\":\"" + id + "\",\"page\":1,\"rowCount\":1000}";
                break;
            case "get-reports":
                sendOne(server);
                LocalDate today = LocalDate.now(SANDBOX.sandbox().clock().withZone(ZoneId.of("Europe/Istanbul")));
                fields = ",\"filter\":{\"start\":\"" + today + "\",\"end\":\"" + today + "\",\"page\":1}";
                break;
            case "get-blacklist":
                simulator.account(IletimerkeziSimulator.API_KEY).blacklist("+905301234567");
                fields = ",\"blacklist\":{\"page\":1,\"rowCount\":1000}";
                break;
            default:
                break;
        }
        HttpResponse<String> answer = post(server, fixture.operation(), hash, fields);
        assertThat(answer.statusCode()).as("HTTP status").isEqualTo(fixture.httpStatus());
        JsonNode sandbox = json.readTree(answer.body());
        assertThat(fixture.missingFrom(sandbox)).as(fixture.name() + " (" + fixture.source() + ") against the sandbox's "
                                                     + answer.body()).isEmpty();
    }
}
