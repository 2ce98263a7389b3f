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
package io.kopru.camel.component.restlink;

import io.kopru.camel.component.restlink.api.RestlinkStats;
import io.kopru.camel.sandbox.restlink.RestlinkMessage;
import io.kopru.camel.sandbox.restlink.RestlinkSignedRequest;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The three authentication modes against the simulator, over real HTTP. */
class RestlinkAuthModesTest extends RestlinkTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "+14155551234, 5321234567");

    // ---- API key

    @Test
    void apiKeyModeSendsWithXApiKeyAndReadsStats() {
        Exchange sent = ok("restlink:send?" + API_KEY_MODE, "Siparişiniz yola çıktı", TO);

        SmsSendResult result = sent.getMessage().getBody(SmsSendResult.class);
        assertThat(sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID)).isEqualTo(result.getMessageId());
        assertThat(sent.getMessage().getHeader(SmsHeaders.PROVIDER)).isEqualTo("restlink");
        assertThat(sent.getMessage().getHeader(RestlinkConstants.RECIPIENT_COUNT)).isEqualTo(2);
        assertThat(sent.getMessage().getHeader(RestlinkConstants.SEGMENTS)).isEqualTo(1);
        RestlinkMessage accepted = restlink.acceptedMessages().get(0);
        assertThat(accepted.id).isEqualTo(result.getMessageId());
        assertThat(accepted.authentication).isEqualTo("api-key");
        assertThat(accepted.to).containsExactly("+14155551234", "+905321234567");
        assertThat(accepted.senderId).isEqualTo("KOPRU");
        assertThat(accepted.text).isEqualTo("Siparişiniz yola çıktı");

        RestlinkStats stats = ok("restlink:stats?" + API_KEY_MODE, null, Map.of()).getMessage()
                .getBody(RestlinkStats.class);
        assertThat(stats.getPeriod()).isEqualTo("7d");
        assertThat(stats.getLong("sent")).isEqualTo(2L);
    }

    // ---- API key + HMAC

    @Test
    void signedModeSendsWithATimestampAndSignatureTheSimulatorVerifies() {
        Exchange sent = ok("restlink:send?" + SIGNED_MODE, "Kodunuz 4821", Map.of(SmsHeaders.TO, "5321234567",
                SmsHeaders.SENDER, "ACME"));

        RestlinkMessage accepted = restlink.acceptedMessages().get(0);
        assertThat(accepted.authentication).isEqualTo("hmac");
        assertThat(accepted.senderId).as("the header overrides the option").isEqualTo("ACME");
        assertThat(sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID)).isEqualTo(accepted.id);
        RestlinkSignedRequest signed = restlink.signedRequests().get(0);
        assertThat(signed.method).isEqualTo("POST");
        assertThat(signed.path).isEqualTo("/api/v1/sms/send");
        assertThat(signed.timestamp).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5L));
        assertThat(restlink.signatureFailures()).isZero();
    }

    @Test
    void aSignedGetWithAQueryStringIsSignedOverThePathAloneAndAccepted() throws Exception {
        Exchange exchange = ok("restlink:stats?period=30d&" + SIGNED_MODE, null, Map.of());

        assertThat(exchange.getMessage().getBody(RestlinkStats.class).getPeriod()).isEqualTo("30d");
        RestlinkSignedRequest signed = restlink.signedRequests().get(0);
        assertThat(signed.method).isEqualTo("GET");
        assertThat(signed.path).isEqualTo("/api/v1/sms/stats");
        assertThat(signed.query).isEqualTo("period=30d");
        // recomputed here from the document's formula, independently of both the component and the sandbox
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RestlinkSimulator.API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(("GET|/api/v1/sms/stats|" + signed.timestamp + "|")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(signed.signature).isEqualTo(expected);
    }

    @Test
    void theCamelRestlinkPeriodHeaderOverridesTheOption() {
        RestlinkStats stats = ok("restlink:stats?" + SIGNED_MODE, null, Map.of(RestlinkConstants.PERIOD, "90d"))
                .getMessage().getBody(RestlinkStats.class);
        assertThat(stats.getPeriod()).isEqualTo("90d");
        assertThat(restlink.signedRequests().get(0).query).isEqualTo("period=90d");
    }

    @Test
    void aKeyThatRequiresSignaturesRefusesUnsignedRequestsWithSignatureRequired() {
        ProviderException e = failure("restlink:send?apiKey=" + RestlinkSimulator.SIGNED_API_KEY, "hi", TO);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.getProviderCode()).isEqualTo("SIGNATURE_REQUIRED");
        assertThat(e.getRemedy()).contains("signRequests=true");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(restlink.acceptedMessages()).isEmpty();
    }

    @Test
    void aWrongSecretIsInvalidSignatureAndIsNotRetried() {
        ProviderException e = failure("restlink:send?apiKey=" + RestlinkSimulator.SIGNED_API_KEY
                                      + "&secretKey=not-the-secret&signRequests=true", "hi", TO);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getProviderCode()).isEqualTo("INVALID_SIGNATURE");
        assertThat(e.getRemedy()).contains("secretKey");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(server.requestCount("/api/v1/sms/send")).as("no retry when the clock is right").isEqualTo(1);
    }

    @Test
    void aClockTenMinutesBehindIsCorrectedFromTheServersDateAndTheSendSignedAgainOnce() {
        context.getRegistry().bind("slowClock", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
        String uri = "restlink:send?" + SIGNED_MODE;

        ok(uri, "first", TO);
        assertThat(restlink.signatureFailures()).as("the first timestamp was refused").isEqualTo(1);
        assertThat(server.requestCount("/api/v1/sms/send")).isEqualTo(2);
        assertThat(restlink.acceptedMessages()).hasSize(1);

        ok(uri, "second", TO);
        assertThat(server.requestCount("/api/v1/sms/send")).as("the correction is kept").isEqualTo(3);
        assertThat(restlink.signedRequests()).allSatisfy(s -> assertThat(s.timestamp)
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5L)));
    }

    // ---- JWT

    @Test
    void jwtModeLogsInOnceAndSendsWithTheBearerToken() {
        ok("restlink:send?" + JWT_MODE, "one", TO);
        ok("restlink:send?" + JWT_MODE, "two", TO);
        ok("restlink:stats?" + JWT_MODE, null, Map.of());

        assertThat(restlink.logins()).isEqualTo(1);
        assertThat(restlink.acceptedMessages()).extracting(m -> m.authentication).containsExactly("jwt", "jwt");
    }

    @Test
    void jwtModeLogsInAgainOnceAfterA401AndRepeatsTheCall() {
        ok("restlink:send?" + JWT_MODE, "before", TO);
        restlink.revokeTokens();

        ok("restlink:send?" + JWT_MODE, "after", TO);

        assertThat(restlink.logins()).isEqualTo(2);
        assertThat(server.requestCount("/api/v1/sms/send")).as("one refused, then one accepted").isEqualTo(3);
        assertThat(restlink.acceptedMessages()).extracting(m -> m.text).containsExactly("before", "after");
    }

    @Test
    void aTokenTheApiKeepsRefusingFailsAfterExactlyOneNewLogin() {
        restlink.setTokenLifetime(Duration.ZERO); // every token is expired as soon as it is issued
        ProviderException e = failure("restlink:send?" + JWT_MODE, "hi", TO);

        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getProviderCode()).isEqualTo("TOKEN_EXPIRED");
        assertThat(restlink.logins()).isEqualTo(2);
        assertThat(server.requestCount("/api/v1/sms/send")).isEqualTo(2);
    }

    @Test
    void aTokenIsRenewedFromItsExpClaimBeforeTheApiWouldRefuseIt() {
        context.getRegistry().bind("sandboxClock", SANDBOX.sandbox().clock());
        restlink.setTokenLifetime(Duration.ofMinutes(10));
        String uri = "restlink:send?" + JWT_MODE;
        ok(uri, "first", TO);

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(11));
        ok(uri, "second", TO);

        assertThat(restlink.logins()).isEqualTo(2);
        assertThat(server.requestCount("/api/v1/sms/send")).as("no call went out with the expired token")
                .isEqualTo(2);
    }

    @Test
    void theLoginOperationHoldsTheTokenAndSaysWhenItExpires() {
        Exchange exchange = ok("restlink:login?" + JWT_MODE, null, Map.of());

        AccessToken token = exchange.getMessage().getBody(AccessToken.class);
        Instant expiresAt = exchange.getMessage().getHeader(RestlinkConstants.TOKEN_EXPIRES_AT, Instant.class);
        assertThat(expiresAt).isEqualTo(token.getExpiresAt())
                .isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(token.toString()).doesNotContain(token.getValue());
        // the endpoints of the account share the token: a send needs no second login
        ok("restlink:send?" + JWT_MODE, "hi", TO);
        assertThat(restlink.logins()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationErrorAndNothingIsSent() {
        ProviderException e = failure("restlink:send?username=" + RestlinkSimulator.USERNAME + "&password=wrong",
                "hi", TO);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getProviderCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(server.requestCount("/api/v1/user/auth")).as("a refused login is not repeated").isEqualTo(1);
        assertThat(server.requestCount("/api/v1/sms/send")).isZero();
    }

    @Test
    void jwtLoginsPassTheRateLimiterOfTheComponentsOptions() {
        context.getRegistry().bind("sandboxClock", SANDBOX.sandbox().clock());
        restlink.setTokenLifetime(Duration.ofMinutes(10));
        RestlinkConfiguration account = context.getComponent("restlink", RestlinkComponent.class).getConfiguration();
        account.setRateLimit(1);
        account.setRateLimitPeriod(Duration.ofHours(1).toMillis());
        account.setRateLimitMaxWait(0);
        String uri = "restlink:send?rateLimit=0&" + JWT_MODE; // the endpoint's own requests are not limited
        ok(uri, "first", TO);

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(11)); // the token expires: a second login is due
        ProviderException e = failure(uri, "second", TO);

        assertThat(e).isInstanceOf(ProviderRateLimitException.class);
        assertThat(e.getMessage()).contains("nothing was sent");
        assertThat(restlink.logins()).as("the second login was held back by the limiter").isEqualTo(1);
        assertThat(server.requestCount("/api/v1/sms/send")).isEqualTo(1);
    }
}
