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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator over raw HTTP, written from the guide alone: what it accepts and, above all, what it refuses. The
 * signature here is computed independently of any component.
 */
class MobildevSimulatorTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new MobildevSimulator());

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private MobildevSimulator mobildev;
    private SandboxServer server;

    @BeforeEach
    void setUp() {
        mobildev = SANDBOX.simulator(MobildevSimulator.class);
        server = SANDBOX.server(MobildevSimulator.class);
    }

    @Test
    void theGuidesSignatureAlgorithmMatchesTheTestVector() {
        assertThat(MobildevSimulator.sign("xK9mQ2pR5tY7wE3aG8bN4cL6dV0fH1jZ", "POST", "/v1/transactional/send",
                "1742995200", "550e8400-e29b-41d4-a716-446655440000",
                "{\"to\":\"5551234567\",\"message\":\"Test mesajı\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("c77fa430fd8b02bd5fee23b7df2752c748bca81f0b6a02c7505016cf6163794a");
        assertThat(MobildevSimulator.sign("xK9mQ2pR5tY7wE3aG8bN4cL6dV0fH1jZ", "GET",
                "/v1/transactional/status/1825415058", "1742995202", "16fd2706-8baf-433b-82eb-8c7fada847da",
                new byte[0])).isEqualTo("058db24aa00b625f8395a19af285cfb1f4e25309d1df5c0e17264b1e5ca1379b");
    }

    @Test
    void aSignedJsonSendIsAcceptedAndItsReplayIsRefused() throws Exception {
        String body = "{\"to\":\"5551234567\",\"message\":\"Test mesajı\",\"template_id\":\"test_template\"}";
        HttpRequest request = signed("POST", "/v1/transactional/send", body, "application/json",
                Instant.now().getEpochSecond(), UUID.randomUUID().toString());
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).path("success").asBoolean()).isTrue();
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("5000");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("4999");

        HttpResponse<String> replay = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertError(replay, 401, "nonce_already_used");
        assertThat(mobildev.acceptedMessages()).hasSize(1);
        assertThat(mobildev.acceptedMessages().get(0).texts()).containsExactly("Test mesajı");
    }

    @Test
    void anXmlSendAnswersIdAndAnXmlErrorAnswersABareCodeWithHttp200() throws Exception {
        String xml = "<MainmsgBody><Action>0</Action><Mesgbody>Fiyat &lt; 5 &amp; \"şimdi\"</Mesgbody>"
                     + "<Numbers>5056647139,5321234567</Numbers><Encoding>1</Encoding></MainmsgBody>";
        HttpResponse<String> ok = send(xml, "application/xml; charset=UTF-8");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).matches("ID:\\d+");
        assertThat(mobildev.message(ok.body().substring(3)).texts())
                .containsExactly("Fiyat < 5 & \"şimdi\"", "Fiyat < 5 & \"şimdi\"");

        HttpResponse<String> campaignAction = send(xml.replace("<Action>0", "<Action>1"), "application/xml");
        assertThat(campaignAction.statusCode()).isEqualTo(200);
        assertThat(campaignAction.body()).isEqualTo("03");
        HttpResponse<String> gsmWithTurkish = send(xml.replace("<Encoding>1", "<Encoding>0"), "application/xml");
        assertThat(gsmWithTurkish.body()).isEqualTo("05");
        HttpResponse<String> unknownNode = send(xml.replace("<Encoding>", "<Priority>1</Priority><Encoding>"),
                "text/xml");
        assertThat(unknownNode.body()).isEqualTo("05");
        HttpResponse<String> unknownOriginator = send(xml.replace("<Encoding>", "<Originator>OTHER</Originator><Encoding>"),
                "application/xml");
        assertThat(unknownOriginator.body()).isEqualTo("06");
        HttpResponse<String> commercialWithoutRecipientType = send(
                xml.replace("<Encoding>", "<MessageType>C</MessageType><Encoding>"), "application/xml");
        assertThat(commercialWithoutRecipientType.body()).isEqualTo("05");
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    @Test
    void aStatusQueryHasNoBodyOrTheGuidesMainReportRootForTheSameId() throws Exception {
        HttpResponse<String> sent = send("{\"to\":\"5551234567\",\"message\":\"x\"}", "application/json");
        String id = JSON.readTree(sent.body()).path("id").asText();
        String path = "/v1/transactional/status/" + id;
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> bare = http.send(signed("GET", path, "", "application/xml", now,
                UUID.randomUUID().toString()), HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.body()).startsWith(id + "\t5551234567\t1\t"); // the standard report: awaiting the report
        HttpResponse<String> guide = http.send(signed("GET", path, "<MainReportRoot><MsgID>" + id
                + "</MsgID></MainReportRoot>", "application/xml", now, UUID.randomUUID().toString()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(guide.statusCode()).isEqualTo(200);
        assertError(http.send(signed("GET", path, "<MainReportRoot><MsgID>1</MsgID></MainReportRoot>",
                "application/xml", now, UUID.randomUUID().toString()), HttpResponse.BodyHandlers.ofString()), 400,
                "invalid_request");
    }

    @Test
    void whatRealClientsSendIsAcceptedAndJsonKeepsToTheGuidesFields() throws Exception {
        HttpResponse<String> normal = send("<MainmsgBody><Action>0</Action><Mesgbody>x</Mesgbody><Numbers>5321234567"
                + "</Numbers><Blacklist>0</Blacklist><Encoding>0</Encoding><MessageType>N</MessageType></MainmsgBody>",
                "application/xml");
        assertThat(normal.body()).matches("ID:\\d+");
        assertThat(mobildev.message(normal.body().substring(3)).messageType).isEqualTo("N");
        // the credentials belong in the classic API's body, not the signed one
        assertThat(send("<MainmsgBody><UserName>u</UserName><Action>0</Action><Mesgbody>x</Mesgbody><Numbers>"
                + "5321234567</Numbers></MainmsgBody>", "application/xml").body()).isEqualTo("05");
        for (String key : new String[] {"originator", "send_date", "message_type"}) {
            assertError(send("{\"to\":\"5321234567\",\"message\":\"x\",\"" + key + "\":\"C\"}",
                    "application/json"), 400, "invalid_request");
        }
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    @Test
    void xmlWithADoctypeIsRefusedAsUnreadable() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                     + "<MainmsgBody><Action>0</Action><Mesgbody>&e;</Mesgbody><Numbers>5056647139</Numbers>"
                     + "</MainmsgBody>";
        assertThat(send(xxe, "application/xml").body()).isEqualTo("04");
    }

    @Test
    void theContentTypeMustSayWhatTheBodyIs() throws Exception {
        String json = "{\"to\":\"5551234567\",\"message\":\"x\"}";
        HttpResponse<String> jsonSaidToBeXml = send(json, "application/xml");
        assertThat(jsonSaidToBeXml.statusCode()).isEqualTo(200);
        assertThat(jsonSaidToBeXml.body()).isEqualTo("04");
        assertError(send(json, "text/plain"), 400, "invalid_request");
        assertError(send(json, "application/json; charset=ISO-8859-9"), 400, "invalid_request");
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    @Test
    void jsonMustBeMinifiedAndHoldOnlyKnownFields() throws Exception {
        assertError(send("{\"to\": \"5551234567\", \"message\": \"x\"}", "application/json"), 400, "invalid_request");
        assertError(send("{\"to\":\"5551234567\",\"message\":\"x\",\"priority\":1}", "application/json"), 400,
                "invalid_request");
        assertError(send("{\"to\":\"05551234567\",\"message\":\"x\"}", "application/json"), 400, "invalid_request");
        assertThat(send("{\"to\":\"5551234567\",\"message\":\"a b\"}", "application/json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void signatureTimestampKeyAndIpAreChecked() throws Exception {
        String body = "{\"to\":\"5551234567\",\"message\":\"x\"}";
        long now = Instant.now().getEpochSecond();
        HttpRequest wrongSignature = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/transactional/send"))
                .header("Content-Type", "application/json").header("X-API-Key", MobildevSimulator.API_KEY)
                .header("X-Timestamp", String.valueOf(now)).header("X-Nonce", UUID.randomUUID().toString())
                .header("X-Signature", "yanlis_imza").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertError(http.send(wrongSignature, HttpResponse.BodyHandlers.ofString()), 401, "invalid_signature");
        assertError(http.send(signed("POST", "/v1/transactional/send", body, "application/json", now - 31,
                UUID.randomUUID().toString()), HttpResponse.BodyHandlers.ofString()), 401, "timestamp_expired");
        assertError(http.send(signed("POST", "/v1/transactional/send", body, "application/json", now,
                "not-a-uuid"), HttpResponse.BodyHandlers.ofString()), 400, "invalid_request");

        mobildev.apiKey(MobildevSimulator.API_KEY).allowOnly("203.0.113.0/24");
        assertError(send(body, "application/json"), 403, "ip_not_whitelisted");
        mobildev.apiKey(MobildevSimulator.API_KEY).allowOnly("127.0.0.0/8");
        SANDBOX.sandbox().clock().advance(Duration.ofDays(91));
        assertError(send(body, "application/json"), 401, "api_key_expired");
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    @Test
    void aStandaloneSandboxRegistersTheRedirectUrisItIsGiven() {
        System.setProperty(MobildevSimulator.REDIRECT_URIS_PROPERTY, "http://localhost:8080/cb, http://127.0.0.1:9/cb");
        try {
            MobildevSimulator standalone = new MobildevSimulator();
            assertThat(standalone.client(MobildevSimulator.CLIENT_ID).redirectUris()).containsExactlyInAnyOrder(
                    MobildevSimulator.REDIRECT_URI, "http://localhost:8080/cb", "http://127.0.0.1:9/cb");
            assertThat(standalone.credentials().get("redirectUri")).contains("http://localhost:8080/cb");
        } finally {
            System.clearProperty(MobildevSimulator.REDIRECT_URIS_PROPERTY);
        }
    }

    @Test
    void theAuthorizePagesNeverRedirectToAnUnregisteredUri() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/oauth/authorize?client_id=" + MobildevSimulator.CLIENT_ID + "&redirect_uri="
                + URLEncoder.encode("https://evil.example/cb", StandardCharsets.UTF_8)
                + "&response_type=code&scope=sms:campaign&state=s1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aCodeIsSingleUseAndItsReplayRevokesTheTokenItIssued() throws Exception {
        URI callback = MobildevConsent.at(authorizeUrl("sms:campaign sms:report", "st-1")).lifetimeDays(7).give();
        assertThat(callback.toString()).startsWith(MobildevSimulator.REDIRECT_URI + "?code=").endsWith("&state=st-1");
        String code = callback.getQuery().split("&")[0].substring(5);

        HttpResponse<String> token = http.send(tokenRequest(code, MobildevSimulator.CLIENT_SECRET),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(token.body());
        assertThat(json.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.path("expires_in").asLong()).isEqualTo(7 * 86400);
        assertThat(json.path("scope").asText()).isEqualTo("sms:campaign sms:report");
        assertThat(token.headers().firstValue("X-RateLimit-Limit")).contains("100");

        assertError(http.send(tokenRequest(code, MobildevSimulator.CLIENT_SECRET),
                HttpResponse.BodyHandlers.ofString()), 400, "invalid_grant");
        assertThat(mobildev.tokens()).singleElement().satisfies(t -> assertThat(t.isRevoked()).isTrue());
        assertError(http.send(tokenRequest("gecersiz_code", "wrong-secret"), HttpResponse.BodyHandlers.ofString()),
                401, "invalid_client");
    }

    @Test
    void codesExpireAfterTenMinutes() throws Exception {
        URI callback = MobildevConsent.at(authorizeUrl("sms:campaign", "st-2")).give();
        String code = callback.getQuery().split("&")[0].substring(5);
        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(10));
        assertError(http.send(tokenRequest(code, MobildevSimulator.CLIENT_SECRET),
                HttpResponse.BodyHandlers.ofString()), 400, "invalid_grant");
    }

    @Test
    void theTokenEndpointTakesAHundredCallsADay() throws Exception {
        for (int i = 0; i < 100; i++) {
            assertError(http.send(tokenRequest("gecersiz_code", MobildevSimulator.CLIENT_SECRET),
                    HttpResponse.BodyHandlers.ofString()), 400, "invalid_grant");
        }
        HttpResponse<String> limited = http.send(tokenRequest("gecersiz_code", MobildevSimulator.CLIENT_SECRET),
                HttpResponse.BodyHandlers.ofString());
        assertError(limited, 429, "rate_limit_exceeded");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aWrongPasswordOrSignatureCodeKeepsThePersonOnThePage() {
        String url = authorizeUrl("sms:campaign", "st-3");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                MobildevConsent.at(url).as(MobildevSimulator.USER_EMAIL, "wrong", "123456").give()))
                .hasMessageContaining("the mobile signature page");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                MobildevConsent.at(url).as(MobildevSimulator.USER_EMAIL, MobildevSimulator.USER_PASSWORD, "000000")
                        .give())).hasMessageContaining("Mobil imza kodu hatalı");
        assertThat(MobildevConsent.at(url).deny().getQuery()).isEqualTo("error=access_denied&state=st-3");
        assertThat(mobildev.issuedAuthorizationCodes()).isEmpty();
    }

    // ---- helpers

    private String authorizeUrl(String scope, String state) {
        return server.baseUrl() + "/oauth/authorize?client_id=" + MobildevSimulator.CLIENT_ID + "&redirect_uri="
               + URLEncoder.encode(MobildevSimulator.REDIRECT_URI, StandardCharsets.UTF_8)
               + "&response_type=code&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8).replace("+", "%20")
               + "&state=" + state;
    }

    private HttpRequest tokenRequest(String code, String secret) {
        String basic = Base64.getEncoder().encodeToString((MobildevSimulator.CLIENT_ID + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=authorization_code&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                      + "&redirect_uri=" + URLEncoder.encode(MobildevSimulator.REDIRECT_URI, StandardCharsets.UTF_8)
                      + "&client_id=" + MobildevSimulator.CLIENT_ID;
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpResponse<String> send(String body, String contentType) throws Exception {
        return http.send(signed("POST", "/v1/transactional/send", body, contentType, Instant.now().getEpochSecond(),
                UUID.randomUUID().toString()), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest signed(String method, String path, String body, String contentType, long timestamp,
                               String nonce) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = MobildevSimulator.sign(MobildevSimulator.API_SECRET, method, path,
                String.valueOf(timestamp), nonce, bytes);
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", contentType)
                .header("X-API-Key", MobildevSimulator.API_KEY).header("X-Timestamp", String.valueOf(timestamp))
                .header("X-Nonce", nonce).header("X-Signature", signature)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    private static void assertError(HttpResponse<String> response, int status, String error) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (error != null) {
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo(error);
        }
    }
}
