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
package io.kopru.camel.sandbox.mobildev;

import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classic XML API over raw HTTP, with requests written as the public clients write them: what it accepts (every
 * node a real client sends) and what it refuses, each refusal a bare code with HTTP 200.
 */
class MobildevClassicSimulatorTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new MobildevSimulator());

    private static final String CREDENTIALS = "<UserName>" + MobildevSimulator.API_KEY + "</UserName><PassWord>"
                                              + MobildevSimulator.API_SECRET + "</PassWord>";
    private final HttpClient http = HttpClient.newHttpClient();
    private MobildevSimulator mobildev;
    private SandboxServer server;

    @BeforeEach
    void setUp() {
        mobildev = SANDBOX.simulator(MobildevSimulator.class);
        server = SANDBOX.server(MobildevSimulator.class);
    }

    @Test
    void aSendAsThePublicPhpClientWritesItIsAccepted() throws Exception {
        // every node of celalyesil92/PHP-Mobildev-IYS-Class, with its declaration, empty nodes and MessageType N
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><MainmsgBody>\n" + CREDENTIALS
                      + "<Action>0</Action><Mesgbody>Test sms</Mesgbody><Numbers>5551234567</Numbers>"
                      + "<AccountId></AccountId><Originator></Originator><Blacklist></Blacklist><SDate></SDate>"
                      + "<EDate></EDate><Encoding>0</Encoding><MessageType>N</MessageType>"
                      + "<RecipientType></RecipientType></MainmsgBody>";
        HttpResponse<String> answer = post(body, "application/xml");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).matches("ID:\\d+");
        MobildevMessage m = mobildev.message(answer.body().substring(3));
        assertThat(m.channel).isEqualTo("classic");
        assertThat(m.messageType).isEqualTo("N");
        assertThat(m.texts()).containsExactly("Test sms");
    }

    @Test
    void differentTextsInAnXmlWrapperWithoutContentTypeAreAccepted() throws Exception {
        // paro87/MobilDev-XML-SMS-API wraps the root in <xml>; a .NET StringContent sends text/plain
        String body = "<xml><MainmsgBody>" + CREDENTIALS + "<Action>1</Action><Messages>"
                      + "<Message><Mesgbody>bir</Mesgbody><Number>5321234567</Number></Message>"
                      + "<Message><Mesgbody>iki</Mesgbody><Number>5441234567</Number></Message>"
                      + "</Messages><Originator>KOPRU</Originator><SDate></SDate><Blacklist>1</Blacklist>"
                      + "<MessageType>C</MessageType><RecipientType>T</RecipientType></MainmsgBody></xml>";
        HttpResponse<String> answer = post(body, "text/plain; charset=utf-8");
        assertThat(answer.body()).matches("ID:\\d+");
        assertThat(mobildev.message(answer.body().substring(3)).texts()).containsExactly("bir", "iki");
    }

    @Test
    void refusalsAreBareCodes() throws Exception {
        String send = "<MainmsgBody>" + CREDENTIALS + "<Action>0</Action><Mesgbody>x</Mesgbody>"
                      + "<Numbers>5321234567</Numbers><MessageType>N</MessageType></MainmsgBody>";
        assertThat(post(send.replace(MobildevSimulator.API_SECRET, "wrong"), "application/xml").body())
                .isEqualTo("01");
        assertThat(post(send.replace("<Action>0", "<Action>9"), "application/xml").body()).isEqualTo("03");
        assertThat(post("", "application/xml").body()).isEqualTo("04");
        assertThat(post(send.replace("<MessageType>N", "<MessageType>X"), "application/xml").body())
                .isEqualTo("05");
        assertThat(post(send.replace("<MessageType>", "<Originator>OTHER</Originator><MessageType>"),
                "application/xml").body()).isEqualTo("06");
        assertThat(post(send.replace("<Mesgbody>x", "<Mesgbody>"), "application/xml").body()).isEqualTo("12");
        assertThat(post(send.replace("<Numbers>5321234567", "<Numbers>"), "application/xml").body())
                .isEqualTo("14");
        assertThat(post(send.replace("<MessageType>", "<SDate>31022030</SDate><MessageType>"), "application/xml")
                .body()).isEqualTo("15");
        assertThat(post(report("1"), "application/xml").body()).isEqualTo("07");
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    @Test
    void reportsAreTextLinesOfTenTabSeparatedFieldsAndTwoBeforeProcessing() throws Exception {
        String later = DateTimeFormatter.ofPattern("ddMMyyyyHHmm").withZone(MobildevSubmission.TURKEY)
                .format(Instant.now().plus(Duration.ofDays(1)));
        String scheduled = post("<MainmsgBody>" + CREDENTIALS + "<Action>0</Action><Mesgbody>sonra</Mesgbody>"
                                + "<Numbers>5321234567</Numbers><SDate>" + later + "</SDate>"
                                + "<MessageType>N</MessageType></MainmsgBody>", "application/xml").body()
                .substring(3);
        assertThat(post(report(scheduled), "application/xml").body()).isEqualTo("02");

        String now = post("<MainmsgBody>" + CREDENTIALS + "<Action>0</Action><Mesgbody>şimdi</Mesgbody>"
                          + "<Numbers>5321234567,5321234599</Numbers><Encoding>1</Encoding>"
                          + "<MessageType>N</MessageType></MainmsgBody>", "application/xml").body().substring(3);
        mobildev.deliverAll();
        String lines = post(report(now), "application/xml").body();
        assertThat(lines.split("\r\n")).hasSize(2).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(10));
        assertThat(lines.split("\r\n")[0]).startsWith(now + "\t5321234567\t2\t").endsWith("\t1\tN\t\t\t1");
        assertThat(lines.split("\r\n")[1]).startsWith(now + "\t5321234599\t3\t");

        String tooMany = IntStream.rangeClosed(1, 26).mapToObj(String::valueOf).collect(Collectors.joining(","));
        assertThat(post(report(tooMany), "application/xml").body()).isEqualTo("05");
    }

    @Test
    void aScheduledSendIsCancelledWithZeroZeroOnce() throws Exception {
        String later = DateTimeFormatter.ofPattern("ddMMyyyyHHmm").withZone(MobildevSubmission.TURKEY)
                .format(Instant.now().plus(Duration.ofDays(1)));
        String id = post("<MainmsgBody>" + CREDENTIALS + "<Action>0</Action><Mesgbody>iptal</Mesgbody>"
                         + "<Numbers>5321234567</Numbers><SDate>" + later + "</SDate>"
                         + "<MessageType>N</MessageType></MainmsgBody>", "application/xml").body().substring(3);
        String cancel = "<MainReportRoot>" + CREDENTIALS + "<Action>6</Action><MsgID>" + id + "</MsgID>"
                        + "</MainReportRoot>";
        assertThat(post(cancel, "application/xml").body()).isEqualTo("00");
        assertThat(post(cancel, "application/xml").body()).isEqualTo("07");
        assertThat(mobildev.cancelledIds()).containsExactly(id);
    }

    @Test
    void userInfoIsTheCreditThenTheOriginators() throws Exception {
        String info = post("<MainReportRoot>" + CREDENTIALS + "<Action>4</Action></MainReportRoot>",
                "application/xml").body();
        assertThat(info.split("\r\n")).containsExactly(String.valueOf(MobildevSimulator.INITIAL_CREDITS), "KOPRU",
                "MOBILDEV");
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedWithoutBeingRead() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                     + "<MainmsgBody>" + CREDENTIALS + "<Action>0</Action><Mesgbody>&e;</Mesgbody>"
                     + "<Numbers>5321234567</Numbers><MessageType>N</MessageType></MainmsgBody>";
        assertThat(post(xxe, "application/xml").body()).isEqualTo("04");
        String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/x\">"
                                 + "%p;]><MainReportRoot>" + CREDENTIALS + "<Action>4</Action></MainReportRoot>";
        assertThat(post(parameterEntity, "application/xml").body()).isEqualTo("04");
        assertThat(post(billionLaughs(), "application/xml").body()).isEqualTo("04");
        assertThat(mobildev.acceptedMessages()).isEmpty();
        assertThat(mobildev.classicCalls("0")).isZero();
    }

    @Test
    void theIntegratorApiRefusesEntitiesToo() throws Exception {
        // its XML is read by the same parser: billion laughs on the transactional send, signed
        long ts = Instant.now().getEpochSecond();
        String nonce = UUID.randomUUID().toString();
        byte[] body = billionLaughs().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String signature = MobildevSimulator.sign(MobildevSimulator.API_SECRET, "POST", "/v1/transactional/send",
                String.valueOf(ts), nonce, body);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/v1/transactional/send")).header("Content-Type", "application/xml")
                .header("X-API-Key", MobildevSimulator.API_KEY).header("X-Timestamp", String.valueOf(ts))
                .header("X-Nonce", nonce).header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).isEqualTo("04");
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        return dtd.append("]><MainmsgBody>").append(CREDENTIALS).append("<Action>0</Action><Mesgbody>&lol9;")
                .append("</Mesgbody><Numbers>5321234567</Numbers><MessageType>N</MessageType></MainmsgBody>")
                .toString();
    }

    private static String report(String ids) {
        return "<MainReportRoot>" + CREDENTIALS + "<Action>3</Action><MsgID>" + ids + "</MsgID></MainReportRoot>";
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
