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
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator on the wire, with a plain JDK client: what any client of iletiMerkezi would see. */
class IletimerkeziSimulatorTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> post(SandboxServer server, String method, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/" + method + "/json"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String auth(String key, String hash, String fields) {
        return "{\"request\":{\"authentication\":{\"key\":\"" + key + "\",\"hash\":\"" + hash + "\"}" + fields + "}}";
    }

    private int code(HttpResponse<String> response) throws IOException {
        JsonNode status = json.readTree(response.body()).path("response").path("status");
        assertThat(response.statusCode()).as("HTTP status repeats the body's code").isEqualTo(status.path("code").asInt());
        assertThat(status.path("message").asText()).isNotBlank();
        return status.path("code").asInt();
    }

    @Test
    void getBalanceWithTheTestAccount(SandboxServer server) throws Exception {
        HttpResponse<String> r = post(server, "get-balance",
                auth(IletimerkeziSimulator.API_KEY, IletimerkeziSimulator.API_HASH, ""));
        assertThat(code(r)).isEqualTo(200);
        assertThat(json.readTree(r.body()).path("response").path("balance").path("sms").asText()).isEqualTo("10000");
        assertThat(json.readTree(r.body()).path("response").path("status").path("message").asText())
                .isEqualTo("İşlem başarılı");
    }

    @Test
    void wrongHashToggleOffAndForeignIpAre401(SandboxServer server) throws Exception {
        assertThat(code(post(server, "get-balance", auth(IletimerkeziSimulator.API_KEY, "nope", "")))).isEqualTo(401);
        assertThat(code(post(server, "get-balance",
                auth(IletimerkeziSimulator.API_OFF_KEY, IletimerkeziSimulator.API_OFF_HASH, "")))).isEqualTo(401);
        assertThat(code(post(server, "get-balance",
                auth(IletimerkeziSimulator.IP_LOCKED_KEY, IletimerkeziSimulator.IP_LOCKED_HASH, "")))).isEqualTo(401);
    }

    @Test
    void malformedBodiesUnknownMethodsAndBadPages(SandboxServer server) throws Exception {
        assertThat(code(post(server, "get-balance", "{not json"))).isEqualTo(400);
        assertThat(code(post(server, "get-weather", auth(IletimerkeziSimulator.API_KEY, IletimerkeziSimulator.API_HASH,
                "")))).isEqualTo(404);
        String key = IletimerkeziSimulator.API_KEY;
        String hash = IletimerkeziSimulator.API_HASH;
        assertThat(code(post(server, "get-blacklist", auth(key, hash, ",\"blacklist\":{\"rowCount\":1001}"))))
                .isEqualTo(422);
        assertThat(code(post(server, "get-blacklist", auth(key, hash, ",\"blacklist\":{\"page\":0}")))).isEqualTo(464);
        assertThat(code(post(server, "get-reports", auth(key, hash,
                ",\"filter\":{\"start\":\"2026-01-01\",\"end\":\"2026-01-12\"}")))).isEqualTo(458);
    }

    @Test
    void sendSmsChecksEveryDocumentedField(SandboxServer server) throws Exception {
        String key = IletimerkeziSimulator.API_KEY;
        String hash = IletimerkeziSimulator.API_HASH;
        String ok = "\"message\":{\"text\":\"t\",\"receipents\":{\"number\":[\"5321234567\"]}}";
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"\",\"iys\":\"0\"," + ok + "}"))))
                .isEqualTo(459);
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ÇİÇEK\",\"iys\":\"0\"," + ok
                                                                   + "}")))).isEqualTo(460);
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ACME\"," + ok + "}"))))
                .isEqualTo(468);
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ACME\",\"iys\":\"1\"," + ok
                                                                   + "}")))).isEqualTo(469);
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\","
                + "\"sendDateTime\":\"2026-12-01 10:00\"," + ok + "}")))).isEqualTo(457);
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\","
                + "\"message\":{\"text\":\"t\",\"receipents\":{\"number\":[\"2121234567\"]}}}")))).isEqualTo(452);
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\","
                + "\"message\":{\"text\":\"" + "x".repeat(1100) + "\",\"receipents\":{\"number\":[\"5321234567\"]}}}"))))
                .isEqualTo(453);
        HttpResponse<String> accepted = post(server, "send-sms", auth(key, hash,
                ",\"order\":{\"sender\":\"ACME\",\"iys\":\"1\",\"iysList\":\"BIREYSEL\",\"sendDateTime\":[],"
                + "\"message\":[{\"text\":\"a\",\"receipents\":{\"number\":[\"+90 532 123 45 67\"]}},"
                + "{\"text\":\"b\",\"receipents\":{\"number\":[\"905331234567\"]}}]}"));
        assertThat(code(accepted)).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).path("response").path("order").path("id").asText()).isNotEmpty();
    }

    @Test
    void faultsStrikeBeforeOrAfterProcessingAsTheyClaim(SandboxServer server, IletimerkeziSimulator simulator)
            throws Exception {
        String send = auth(IletimerkeziSimulator.API_KEY, IletimerkeziSimulator.API_HASH,
                ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\",\"message\":{\"text\":\"t%d\",\"receipents\":"
                + "{\"number\":[\"5321234567\"]}}}");
        server.inject(Fault.DROP_BEFORE_PROCESSING, 1);
        assertThatThrownBy(() -> post(server, "send-sms", String.format(send, 1))).isInstanceOf(IOException.class);
        assertThat(simulator.acceptedOrders()).isEmpty();

        server.inject(Fault.DROP_AFTER_PROCESSING, 1);
        assertThatThrownBy(() -> post(server, "send-sms", String.format(send, 2))).isInstanceOf(IOException.class);
        assertThat(simulator.acceptedOrders()).hasSize(1);

        server.inject(Fault.STATUS_503, 1);
        assertThat(post(server, "send-sms", String.format(send, 3)).statusCode()).isEqualTo(503);
        assertThat(simulator.acceptedOrders()).hasSize(1);

        server.inject(Fault.MALFORMED_RESPONSE, 1);
        HttpResponse<String> garbled = post(server, "send-sms", String.format(send, 4));
        assertThatThrownBy(() -> json.readTree(garbled.body())).isInstanceOf(IOException.class);
        assertThat(simulator.acceptedOrders()).hasSize(2);
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void theDocumentedLimitIsAHundredCallsASecondAndRefusalsAreCountedAs429(SandboxServer server,
                                                                           IletimerkeziSimulator simulator)
            throws Exception {
        String balance = auth(IletimerkeziSimulator.API_KEY, IletimerkeziSimulator.API_HASH, "");
        simulator.enforceDocumentedLimit();
        HttpResponse<String> first = post(server, "get-balance", balance);
        assertThat(code(first)).isEqualTo(200);
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("100");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("99");

        // one call a minute: the second is refused, and the server counts the 429 it answered
        simulator.setRateLimit(1, java.time.Duration.ofMinutes(1));
        assertThat(code(post(server, "get-balance", balance))).isEqualTo(200);
        assertThat(code(post(server, "get-balance", balance))).isEqualTo(429);
        assertThat(server.responseCount(429)).isEqualTo(1);
        assertThat(server.responseCount(200)).isEqualTo(2);
    }

    @Test
    void acceptancesAreRecordedPerRecipient(SandboxServer server, IletimerkeziSimulator simulator) throws Exception {
        String key = IletimerkeziSimulator.API_KEY;
        String hash = IletimerkeziSimulator.API_HASH;
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\","
                + "\"message\":{\"text\":\"one\",\"receipents\":{\"number\":[\"5321234567\",\"05321234568\"]}}}"))))
                .isEqualTo(200);
        assertThat(code(post(server, "send-sms", auth(key, hash, ",\"order\":{\"sender\":\"ACME\",\"iys\":\"0\","
                + "\"message\":{\"text\":\"two\",\"receipents\":{\"number\":[\"+905321234567\"]}}}"))))
                .isEqualTo(200);
        assertThat(simulator.acceptancesPerRecipient())
                .containsOnly(java.util.Map.entry("+905321234567", 2), java.util.Map.entry("+905321234568", 1));
    }
}
