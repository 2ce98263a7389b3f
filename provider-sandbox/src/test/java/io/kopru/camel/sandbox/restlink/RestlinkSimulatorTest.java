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
package io.kopru.camel.sandbox.restlink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator refuses what Restlink's document says it refuses, straight over HTTP, with no component involved. */
class RestlinkSimulatorTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new RestlinkSimulator());

    /** The document's example body. */
    private static final String BODY = "{\"to\":[\"+14155551234\"],\"message\":\"Hello!\",\"sender_id\":\"MyApp\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private RestlinkSimulator restlink;
    private String base;

    @BeforeEach
    void setUp() {
        restlink = SANDBOX.simulator(RestlinkSimulator.class);
        base = SANDBOX.baseUrl(RestlinkSimulator.class);
    }

    /** The document's formula, computed here: hex HMAC-SHA256(api_secret, METHOD|path|timestamp|body). */
    private static String sign(String method, String path, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RestlinkSimulator.API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((method + "|" + path + "|" + timestamp + "|" + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private long now() {
        return SANDBOX.sandbox().clock().instant().getEpochSecond();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder signedSend(String body, long timestamp, String signature) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/sms/send")).header("Content-Type", "application/json")
                .header("X-API-Key", RestlinkSimulator.SIGNED_API_KEY).header("X-Timestamp", Long.toString(timestamp))
                .header("X-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String code(HttpResponse<String> response) throws Exception {
        JsonNode node = json.readTree(response.body());
        assertThat(node.path("status").asBoolean(true)).isFalse();
        return node.path("error").path("code").asText();
    }

    @Test
    void theDocumentsSignedExampleIsAcceptedOnceAndItsReplayRefused() throws Exception {
        long ts = now();
        HttpResponse<String> first = send(signedSend(BODY, ts, sign("POST", "/api/v1/sms/send", ts, BODY)));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).path("data").path("message_id").asText()).startsWith("msg_");
        assertThat(restlink.acceptedMessages()).singleElement().satisfies(m -> {
            assertThat(m.to).containsExactly("+14155551234");
            assertThat(m.senderId).isEqualTo("MyApp");
        });

        HttpResponse<String> replay = send(signedSend(BODY, ts, sign("POST", "/api/v1/sms/send", ts, BODY)));
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(code(replay)).isEqualTo("INVALID_SIGNATURE");
        assertThat(restlink.replaysRejected()).isEqualTo(1);
        assertThat(restlink.acceptedMessages()).hasSize(1);
    }

    @Test
    void aSignedKeyWithoutTheHeadersIsSignatureRequired() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sms/send"))
                .header("Content-Type", "application/json").header("X-API-Key", RestlinkSimulator.SIGNED_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(BODY)));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("SIGNATURE_REQUIRED");
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayEitherWayIsRefused() throws Exception {
        // 10 s past the window either way, so that a request slow to arrive is still outside it
        for (long ts : new long[] {now() - 310, now() + 310}) {
            HttpResponse<String> response = send(signedSend(BODY, ts, sign("POST", "/api/v1/sms/send", ts, BODY)));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("INVALID_SIGNATURE");
        }
        long edge = now() - 290;
        assertThat(send(signedSend(BODY, edge, sign("POST", "/api/v1/sms/send", edge, BODY))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aGetIsVerifiedOverThePathWithoutItsQueryAndAnEmptyBody() throws Exception {
        long ts = now();
        HttpRequest.Builder stats = HttpRequest.newBuilder(URI.create(base + "/api/v1/sms/stats?period=7d"))
                .header("X-API-Key", RestlinkSimulator.SIGNED_API_KEY).header("X-Timestamp", Long.toString(ts)).GET();
        HttpResponse<String> withQuery = send(stats.copy()
                .header("X-Signature", sign("GET", "/api/v1/sms/stats?period=7d", ts, "")));
        assertThat(withQuery.statusCode()).as("the query string is not part of the signature").isEqualTo(401);

        HttpResponse<String> ok = send(stats.copy().header("X-Signature", sign("GET", "/api/v1/sms/stats", ts, "")));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).path("data").path("period").asText()).isEqualTo("7d");
        assertThat(restlink.signedRequests()).singleElement().satisfies(s -> assertThat(s.query).isEqualTo("period=7d"));
    }

    @Test
    void theJwtLoginGivesABearerTokenThatExpires() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/user/auth"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"login\":\"" + RestlinkSimulator.USERNAME + "\",\"password\":\"" + RestlinkSimulator.PASSWORD
                        + "\"}")));
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(login.body());
        assertThat(answer.path("status").asBoolean()).isTrue();
        String token = answer.path("token").asText();
        assertThat(token).startsWith("eyJ");

        HttpRequest.Builder stats = HttpRequest.newBuilder(URI.create(base + "/api/v1/sms/stats?period=1d"))
                .header("Authorization", "Bearer " + token).GET();
        assertThat(send(stats.copy()).statusCode()).isEqualTo(200);
        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(61));
        HttpResponse<String> expired = send(stats.copy());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(code(expired)).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void aBodyOutsideTheDocumentedFieldsIsAValidationError() throws Exception {
        for (String body : new String[] {
                "{\"to\":[\"05321234567\"],\"message\":\"hi\"}",
                "{\"to\":[\"+905321234567\"],\"message\":\"\"}",
                "{\"to\":[\"+905321234567\"],\"message\":\"hi\",\"priority\":1}",
                "{\"to\":[\"+905321234567\"],\"message\":\"hi\",\"sender_id\":\"TOO-LONG-SENDER\"}"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sms/send"))
                    .header("Content-Type", "application/json").header("X-API-Key", RestlinkSimulator.API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(code(response)).isEqualTo("VALIDATION_ERROR");
        }
        assertThat(restlink.acceptedMessages()).isEmpty();
    }
}
