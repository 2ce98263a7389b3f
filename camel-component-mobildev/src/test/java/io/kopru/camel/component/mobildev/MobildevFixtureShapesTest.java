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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.component.mobildev.api.MobildevFixtures;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox answers in the shapes of the fixtures (the public sources' answers), checked on the raw HTTP answers of
 * the classic API: if either drifts, this fails.
 */
class MobildevFixtureShapesTest extends MobildevTestSupport {

    /** The shape of each of the ten report fields, as the ten-field fixture shows them. */
    private static final List<Pattern> FIELDS = List.of(Pattern.compile("\\d+"), Pattern.compile("\\d{10,12}"),
            Pattern.compile("[123]"), Pattern.compile("(\\d{12})?"), Pattern.compile("[^\\t]*"),
            Pattern.compile("\\d+"), Pattern.compile("[NC]"), Pattern.compile("[BT]?"), Pattern.compile("\\d*"),
            Pattern.compile("[01]"));
    private static final String CREDENTIALS = "<UserName>" + MobildevSimulator.API_KEY + "</UserName><PassWord>"
                                              + MobildevSimulator.API_SECRET + "</PassWord>";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sendCancelAndNotProcessedAnswersAreTheFixtures() throws Exception {
        String accepted = post(send("Merhaba", "5321234567", ""));
        assertThat(accepted).matches(shapeOf(MobildevFixtures.read("send-accepted.txt")));
        String later = DateTimeFormatter.ofPattern("ddMMyyyyHHmm").withZone(ZoneId.of("Europe/Istanbul"))
                .format(Instant.now().plus(Duration.ofDays(1)));
        String scheduled = post(send("Yarin", "5321234567", "<SDate>" + later + "</SDate>")).substring(3);
        assertThat(post(query(3, scheduled))).isEqualTo(MobildevFixtures.read("report-not-processed.txt"));
        assertThat(post(query(6, scheduled))).isEqualTo(MobildevFixtures.read("cancel-ok.txt"));
        List<String> codes = MobildevFixtures.read("error-codes.txt").lines().toList();
        assertThat(List.of(post(query(3, "1")), post(send("", "5321234567", "")), post(query(9, "1")),
                post(send("x", "5321234567", "").replace(MobildevSimulator.API_SECRET, "wrong"))))
                .allSatisfy(code -> assertThat(codes).contains(code));
    }

    @Test
    void reportLinesHaveTheTenFieldsOfTheFixture() throws Exception {
        for (String line : MobildevFixtures.read("report-ten-fields.txt").split("\r\n")) {
            assertShape(line); // the patterns describe the fixture...
        }
        String normal = post(send("Merhaba", "5321234567,5321234599", "")).substring(3);
        String commercial = post(send("Kampanya ğüş", "5441234567", "<Encoding>1</Encoding><MessageType>C"
                + "</MessageType><RecipientType>B</RecipientType>").replace("<MessageType>N</MessageType>", ""))
                .substring(3);
        List<String> awaiting = List.of(post(query(3, normal + "," + commercial)).split("\r\n", -1));
        mobildev.deliverAll();
        String delivered = post(query(3, normal + "," + commercial));
        assertThat(delivered).endsWith("\r\n"); // ...and the sandbox: CRLF-terminated lines like the fixture
        for (String line : delivered.split("\r\n")) {
            assertShape(line);
        }
        assertThat(awaiting.get(0).split("\t", -1)[2]).isEqualTo("1");
        assertThat(delivered.split("\r\n")).hasSize(3);
    }

    private static void assertShape(String line) {
        String[] fields = line.split("\t", -1);
        assertThat(fields).as(line).hasSize(FIELDS.size());
        for (int i = 0; i < fields.length; i++) {
            assertThat(fields[i]).as("field %d of %s", i + 1, line).matches(FIELDS.get(i));
        }
    }

    /** The fixture with its digits generalised. */
    private static String shapeOf(String fixture) {
        return Pattern.quote(fixture.replaceAll("\\d+", "#")).replace("#", "\\E\\d+\\Q");
    }

    private static String send(String text, String numbers, String extra) {
        return "<MainmsgBody>" + CREDENTIALS + "<Action>0</Action><Mesgbody>" + text + "</Mesgbody><Numbers>"
               + numbers + "</Numbers>" + extra + (extra.contains("MessageType") ? "" : "<MessageType>N</MessageType>")
               + "</MainmsgBody>";
    }

    private static String query(int action, String ids) {
        return "<MainReportRoot>" + CREDENTIALS + "<Action>" + action + "</Action><MsgID>" + ids
               + "</MsgID></MainReportRoot>";
    }

    private String post(String xml) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
