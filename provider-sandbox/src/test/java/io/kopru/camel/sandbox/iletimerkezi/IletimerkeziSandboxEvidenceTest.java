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
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What iletiMerkezi's public material says and the first sandbox lacked: the APITEST sender, a cancelled order read
 * the same way by get-report and get-reports, and only the documented form of sendDateTime.
 */
class IletimerkeziSandboxEvidenceTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    private static final String KEY = IletimerkeziSimulator.API_KEY;
    private static final String HASH = IletimerkeziSimulator.API_HASH;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode post(SandboxServer server, String method, String fields) throws Exception {
        String body = "{\"request\":{\"authentication\":{\"key\":\"" + KEY + "\",\"hash\":\"" + HASH + "\"}" + fields
                      + "}}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/" + method
                                                                              + "/json"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(r.body()).path("response");
    }

    private static int code(JsonNode response) {
        return response.path("status").path("code").asInt();
    }

    private static String order(String sender, String iys, String number, String extra) {
        return ",\"order\":{\"sender\":\"" + sender + "\",\"iys\":\"" + iys + "\"" + extra
               + ",\"message\":{\"text\":\"Kampanya: her şey yarı fiyatına\",\"receipents\":{\"number\":[\"" + number
               + "\"]}}}";
    }

    @Test
    void apitestForcesIysZeroAndTheFixedTextAndCostsNothing(SandboxServer server, IletimerkeziSimulator simulator)
            throws Exception {
        // not approved for this account, sent as commercial without a list: APITEST takes it anyway, as iys 0
        JsonNode sent = post(server, "send-sms", order(IletimerkeziSimulator.APITEST, "1",
                IletimerkeziSimulator.TEST_NUMBER, ""));
        assertThat(code(sent)).isEqualTo(200);
        IletimerkeziOrder accepted = simulator.order(sent.path("order").path("id").asText());
        assertThat(accepted.iys).isFalse();
        assertThat(accepted.iysList).isNull();
        assertThat(accepted.parts).singleElement().satisfies(p ->
                assertThat(p.text).isEqualTo(IletimerkeziSimulator.APITEST_TEXT));
        assertThat(simulator.account(KEY).smsCredits()).isEqualTo(IletimerkeziSimulator.INITIAL_CREDITS);
        JsonNode report = post(server, "get-report", ",\"order\":{\"id\":\"" + accepted.id + "\"}");
        assertThat(report.path("order").path("price").asText()).isEqualTo("0,0000");
    }

    @Test
    void apitestDeliversOnlyToTheRegisteredTestNumber(SandboxServer server, IletimerkeziSimulator simulator)
            throws Exception {
        assertThat(code(post(server, "send-sms", order(IletimerkeziSimulator.APITEST, "0", "5321234567", ""))))
                .isEqualTo(452);
        simulator.account(KEY).testNumber("+905321234567");
        assertThat(code(post(server, "send-sms", order(IletimerkeziSimulator.APITEST, "0", "5321234567", ""))))
                .isEqualTo(200);
        // the İYS field stays required, as for every sender
        assertThat(code(post(server, "send-sms", ",\"order\":{\"sender\":\"APITEST\",\"message\":{\"text\":\"x\","
                + "\"receipents\":{\"number\":[\"5321234567\"]}}}"))).isEqualTo(468);
    }

    @Test
    void aCancelledOrderReadsTheSameInGetReportAndGetReports(SandboxServer server, IletimerkeziSimulator simulator)
            throws Exception {
        java.time.ZonedDateTime due = SANDBOX.sandbox().clock().instant().plus(Duration.ofDays(2))
                .atZone(ZoneId.of("Europe/Istanbul"));
        String when = String.format("%02d/%02d/%04d %02d:%02d", due.getDayOfMonth(), due.getMonthValue(),
                due.getYear(), due.getHour(), due.getMinute());
        JsonNode sent = post(server, "send-sms", order("ACME", "0", "5321234567",
                ",\"sendDateTime\":\"" + when + "\""));
        String id = sent.path("order").path("id").asText();
        assertThat(code(post(server, "cancel-order", ",\"order\":{\"id\":\"" + id + "\"}"))).isEqualTo(200);

        JsonNode one = post(server, "get-report", ",\"order\":{\"id\":\"" + id + "\"}").path("order");
        LocalDate today = LocalDate.now(SANDBOX.sandbox().clock().withZone(ZoneId.of("Europe/Istanbul")));
        JsonNode listed = post(server, "get-reports", ",\"filter\":{\"start\":\"" + today + "\",\"end\":\"" + today
                                                      + "\"}").path("orders").get(0);
        assertThat(listed.path("id").asText()).isEqualTo(id);
        for (String field : new String[] {"status", "total", "delivered", "undelivered", "waiting"}) {
            assertThat(listed.path(field).asText()).as(field).isEqualTo(one.path(field).asText());
        }
        assertThat(one.path("status").asText()).isEqualTo("115");
        assertThat(one.path("waiting").asInt()).isZero();
        assertThat(one.path("message").get(0).path("status").asText()).isEqualTo("112");
    }

    @Test
    void sendDateTimeIsTakenOnlyInTheDocumentedForm(SandboxServer server) throws Exception {
        // the API documents DD/MM/YYYY HH:MM (457 otherwise); the Java SDK README's yyyy-MM-dd HH:mm:ss is not it
        assertThat(code(post(server, "send-sms", order("ACME", "0", "5321234567",
                ",\"sendDateTime\":\"2030-01-20 13:45:00\"")))).isEqualTo(457);
        assertThat(code(post(server, "send-sms", order("ACME", "0", "5321234567",
                ",\"sendDateTime\":\"20/01/2030 13:45\"")))).isEqualTo(200);
    }
}
