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
package io.kopru.camel.sandbox.signaport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxMain;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator refuses what the document says Signaport refuses, straight over HTTP, with no component involved. */
class SignaportSimulatorTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new SignaportSimulator());

    private static final String VALID = "{\"licenseKey\":\"" + SignaportSimulator.LICENSE_KEY + "\",\"password\":\""
                                        + SignaportSimulator.PASSWORD + "\",\"imzaTipi\":0}";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private SignaportSimulator signaport;
    private String base;

    @BeforeEach
    void setUp() {
        signaport = SANDBOX.simulator(SignaportSimulator.class);
        base = SANDBOX.baseUrl(SignaportSimulator.class);
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode getToken(String body) throws Exception {
        return json.readTree(post(SignaportSimulator.GET_TOKEN_PATH, "application/json", body).body());
    }

    private String errorCode(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body()).path("error").path("code").asText();
    }

    @Test
    void issuesAJwtSignTokenWithTheDocumentedPayloadAndSpendsNothing() throws Exception {
        HttpResponse<String> response = post(SignaportSimulator.GET_TOKEN_PATH, "application/json; charset=utf-8",
                VALID);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("signExpiresIn").asInt()).isEqualTo(300);
        assertThat(body.path("accessExpiresIn").asInt()).isEqualTo(900);
        assertThat(body.path("remainingQuota").asInt()).isEqualTo(SignaportSimulator.INITIAL_QUOTA);
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .as("get-token spends nothing: validate does").isEqualTo(SignaportSimulator.INITIAL_QUOTA);
        String[] parts = body.path("signToken").asText().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        java.util.List<String> names = new java.util.ArrayList<>();
        claims.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("firma_id", "firma_adi", "token_id", "imza_tipi", "iat", "exp");
        assertThat(claims.path("firma_id").asText()).isEqualTo(SignaportSimulator.FIRMA_ID);
        assertThat(claims.path("firma_adi").asText()).isEqualTo(SignaportSimulator.ORGANIZATION);
        assertThat(claims.path("imza_tipi").isInt()).isTrue();
        assertThat(claims.path("token_id").asText()).isEqualTo(signaport.issuedSignTokens().get(0).tokenId());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
        assertThat(body.path("accessToken").asText()).isNotEqualTo(body.path("signToken").asText());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"licenseKey\":\"SP-TEST-LICENSE-0001\",\"password\":\"sp-test-password-7f3a\"}",
            "{\"licenseKey\":\"SP-TEST-LICENSE-0001\",\"password\":\"sp-test-password-7f3a\",\"imzaTipi\":2}",
            "{\"licenseKey\":\"SP-TEST-LICENSE-0001\",\"password\":\"sp-test-password-7f3a\",\"imzaTipi\":\"0\"}",
            "{\"licenseKey\":\"SP-TEST-LICENSE-0001\",\"password\":\"sp-test-password-7f3a\",\"imzaTipi\":0.5}",
            "{\"licenseKey\":\"\",\"password\":\"sp-test-password-7f3a\",\"imzaTipi\":0}",
            "{\"licenseKey\":\"SP-TEST-LICENSE-0001\",\"imzaTipi\":0}",
            "{\"licenseKey\":\"SP-TEST-LICENSE-0001\",\"password\":\"sp-test-password-7f3a\",\"imzaTipi\":0,\"x\":1}",
            "[\"SP-TEST-LICENSE-0001\"]",
            "{\"licenseKey\":"})
    void anythingButTheThreeDocumentedFieldsIsAnInvalidRequest(String body) throws Exception {
        HttpResponse<String> response = post(SignaportSimulator.GET_TOKEN_PATH, "application/json", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("INVALID_REQUEST");
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA);
    }

    @Test
    void aBodyNotSentAsJsonIsAnInvalidRequest() throws Exception {
        HttpResponse<String> response = post(SignaportSimulator.GET_TOKEN_PATH, "text/plain", VALID);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void credentialsAndLicenceStatesAreCheckedWithTheDocumentedStatuses() throws Exception {
        HttpResponse<String> wrong = post(SignaportSimulator.GET_TOKEN_PATH, "application/json",
                VALID.replace(SignaportSimulator.PASSWORD, "nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(errorCode(wrong)).isEqualTo("INVALID_CREDENTIALS");

        HttpResponse<String> expired = post(SignaportSimulator.GET_TOKEN_PATH, "application/json",
                "{\"licenseKey\":\"" + SignaportSimulator.EXPIRED_LICENSE_KEY + "\",\"password\":\""
                + SignaportSimulator.EXPIRED_PASSWORD + "\",\"imzaTipi\":1}");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(errorCode(expired)).isEqualTo("LICENSE_EXPIRED");

        HttpResponse<String> inactive = post(SignaportSimulator.GET_TOKEN_PATH, "application/json",
                "{\"licenseKey\":\"" + SignaportSimulator.INACTIVE_LICENSE_KEY + "\",\"password\":\""
                + SignaportSimulator.INACTIVE_PASSWORD + "\",\"imzaTipi\":1}");
        assertThat(inactive.statusCode()).isEqualTo(401);
        assertThat(errorCode(inactive)).isEqualTo("LICENSE_INACTIVE");

        signaport.license(SignaportSimulator.LICENSE_KEY).quota(5, 0);
        HttpResponse<String> empty = post(SignaportSimulator.GET_TOKEN_PATH, "application/json", VALID);
        assertThat(empty.statusCode()).as("INSUFFICIENT_QUOTA is a 400 in the document").isEqualTo(400);
        assertThat(errorCode(empty)).isEqualTo("INSUFFICIENT_QUOTA");
    }

    @Test
    void aLicenceExpiresBySandboxTime() throws Exception {
        SignaportLicense license = signaport.license(SignaportSimulator.LICENSE_KEY);
        SANDBOX.sandbox().clock().advance(Duration.between(SANDBOX.sandbox().clock().instant(), license.expiresAt()));
        assertThat(getToken(VALID).path("error").path("code").asText()).isEqualTo("LICENSE_EXPIRED");
    }

    @Test
    void theEleventhCallInAMinuteIs429WithRetryAfterInTheBodyAndRefusedCallsCount() throws Exception {
        for (int i = 0; i < 9; i++) {
            assertThat(getToken(VALID).path("success").asBoolean()).isTrue();
        }
        assertThat(post(SignaportSimulator.GET_TOKEN_PATH, "application/json", "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> limited = post(SignaportSimulator.GET_TOKEN_PATH, "application/json", VALID);
        assertThat(limited.statusCode()).isEqualTo(429);
        JsonNode body = json.readTree(limited.body());
        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("message").asText()).isEqualTo("Çok fazla istek. Lütfen bekleyiniz.");
        assertThat(body.path("retryAfter").asLong()).isBetween(1L, 60L);
        assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
        SANDBOX.sandbox().clock().advance(Duration.ofSeconds(61));
        assertThat(getToken(VALID).path("success").asBoolean()).isTrue();
    }

    private HttpResponse<String> validate(String token, String origin) throws Exception {
        String body = origin == null ? "{\"token\":\"" + token + "\"}"
                : "{\"token\":\"" + token + "\",\"origin\":\"" + origin + "\"}";
        return post(SignaportSimulator.VALIDATE_PATH, "application/json", body);
    }

    private String message(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body()).path("message").asText();
    }

    @Test
    void validateSpendsOneSignatureAndAcceptsATokenOnceWithinItsFiveMinutes() throws Exception {
        String first = getToken(VALID).path("signToken").asText();
        String second = getToken(VALID).path("signToken").asText();

        HttpResponse<String> ok = validate(first, SignaportSimulator.ORIGIN);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode used = json.readTree(ok.body());
        assertThat(used.path("success").asBoolean()).isTrue();
        assertThat(used.path("message").asText()).isEqualTo("Quota güncellendi");
        assertThat(used.path("usedQuota").asInt()).isEqualTo(1);
        assertThat(used.path("remainingQuota").asInt()).isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);

        HttpResponse<String> again = validate(first, SignaportSimulator.ORIGIN);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(message(again)).isEqualTo("Bu token zaten kullanılmış. Yeni token alınız.");
        assertThat(json.readTree(again.body()).has("error")).as("validate's errors carry only a message").isFalse();

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(5));
        HttpResponse<String> late = validate(second, null);
        assertThat(late.statusCode()).isEqualTo(401);
        assertThat(message(late)).isEqualTo("Token süresi dolmuş");
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);
    }

    @Test
    void validateRefusesWithTheDocumentedMessagesAndStatuses() throws Exception {
        HttpResponse<String> empty = post(SignaportSimulator.VALIDATE_PATH, "application/json", "{\"token\":\"\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(message(empty)).isEqualTo("Token boş olamaz");

        HttpResponse<String> forged = validate("eyJ.forged.token", null);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(message(forged)).isEqualTo("Geçersiz token");
        String access = getToken(VALID).path("accessToken").asText();
        assertThat(message(validate(access, null))).as("an access token is not a sign token").isEqualTo("Geçersiz token");

        String token = getToken(VALID).path("signToken").asText();
        HttpResponse<String> elsewhere = validate(token, "https://evil.example");
        assertThat(elsewhere.statusCode()).isEqualTo(401);
        assertThat(message(elsewhere)).isEqualTo("Bu domain için yetki yok");

        signaport.license(SignaportSimulator.LICENSE_KEY).quota(5, 0);
        HttpResponse<String> spent = validate(token, SignaportSimulator.ORIGIN);
        assertThat(spent.statusCode()).isEqualTo(400);
        assertThat(message(spent)).isEqualTo("İmza kotası doldu");
        assertThat(json.readTree(spent.body()).path("remainingQuota").asInt()).isZero();
        assertThat(signaport.useSignToken("eyJ.forged.token")).isEqualTo(SignaportSimulator.Use.INVALID);
    }

    @Test
    void checkQuotaNeedsNoAuthenticationAndReportsTheShareLeft() throws Exception {
        signaport.license(SignaportSimulator.LICENSE_KEY).quota(2000, 1500);
        HttpResponse<String> response = get(SignaportSimulator.CHECK_QUOTA_PATH + SignaportSimulator.LICENSE_KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        JsonNode data = body.path("data");
        assertThat(data.path("licenseKey").asText()).isEqualTo(SignaportSimulator.LICENSE_KEY);
        assertThat(data.path("remainingQuota").asInt()).isEqualTo(1500);
        assertThat(data.path("totalQuota").asInt()).isEqualTo(2000);
        assertThat(data.path("usedQuota").asInt()).isEqualTo(500);
        assertThat(data.path("quotaPercentage").asDouble()).as("the share left, as the document's example")
                .isEqualTo(75.0);
        assertThat(data.path("isActive").asBoolean()).isTrue();
        assertThat(data.path("organizationName").asText()).isEqualTo(SignaportSimulator.ORGANIZATION);
        assertThat(data.path("expiryDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(body.path("message").asText()).isEqualTo("Kota bilgisi başarıyla alındı");
        assertThat(body.path("timestamp").asText()).endsWith("Z");
    }

    @Test
    void checkQuotaAnswersEveryDocumentedError() throws Exception {
        HttpResponse<String> unknown = get(SignaportSimulator.CHECK_QUOTA_PATH + "NO-SUCH-KEY");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(errorCode(unknown)).isEqualTo("LICENSE_NOT_FOUND");

        SANDBOX.sandbox().clock().advance(Duration.ofDays(2));
        HttpResponse<String> expired = get(SignaportSimulator.CHECK_QUOTA_PATH + SignaportSimulator.EXPIRED_LICENSE_KEY);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(errorCode(expired)).isEqualTo("LICENSE_EXPIRED");
        JsonNode data = json.readTree(expired.body()).path("data");
        assertThat(data.path("expiryDate").asText()).endsWith("Z");
        assertThat(data.path("daysExpired").asInt()).as("ended a day before the reset, two days ago").isEqualTo(3);

        HttpResponse<String> inactive = get(SignaportSimulator.CHECK_QUOTA_PATH
                                            + SignaportSimulator.INACTIVE_LICENSE_KEY);
        assertThat(inactive.statusCode()).isEqualTo(403);
        assertThat(errorCode(inactive)).isEqualTo("LICENSE_INACTIVE");

        signaport.license(SignaportSimulator.LICENSE_KEY).quota(10, 0);
        HttpResponse<String> spent = get(SignaportSimulator.CHECK_QUOTA_PATH + SignaportSimulator.LICENSE_KEY);
        assertThat(spent.statusCode()).isEqualTo(429);
        assertThat(errorCode(spent)).isEqualTo("QUOTA_EXCEEDED");
    }

    @Test
    void theStandaloneSandboxFindsTheSimulatorAndPrintsItsCredentials() {
        try (ProviderSandbox all = ProviderSandbox.all(0).start()) {
            assertThat(SandboxMain.describe(all)).contains("signaport: http://127.0.0.1:",
                    SignaportSimulator.LICENSE_KEY, SignaportSimulator.PASSWORD, SignaportSimulator.VALIDATE_PATH);
        }
    }
}
