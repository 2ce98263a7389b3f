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

import io.kopru.camel.component.mobildev.api.MobildevAuthorization;
import io.kopru.camel.sandbox.mobildev.MobildevConsent;
import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderConsentRequiredException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The checklist of Mobildev's integration guide (§7.3), one test per scenario, each with the HTTP status and error
 * code the guide expects, against the sandbox over real HTTP.
 */
class MobildevChecklistTest extends MobildevTestSupport {

    private static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");
    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5551234567");

    @Test
    @DisplayName("1.1 Başarılı SMS: 200 OK (success: true in JSON, ID:<n> in XML)")
    void scenario1_1_successfulSmsIs200Ok() {
        Exchange json = ok("mobildev:send?format=json", "Test mesajı", TO);
        Exchange xml = ok("mobildev:send", "Test mesajı", TO);

        for (Exchange e : new Exchange[] {json, xml}) {
            String id = e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
            assertThat(id).isNotBlank();
            assertThat(e.getMessage().getHeader(SmsHeaders.PROVIDER)).isEqualTo("mobildev");
            assertThat(e.getMessage().getBody(SmsSendResult.class).getMessageIds()).containsExactly(id);
            MobildevMessage accepted = mobildev.message(id);
            assertThat(accepted.texts()).containsExactly("Test mesajı");
            assertThat(accepted.numbers()).containsExactly("5551234567");
        }
        assertThat(mobildev.message(json.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).format)
                .isEqualTo("JSON");
        assertThat(mobildev.message(xml.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).format)
                .isEqualTo("XML");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("1.2 Geçersiz API Key: 401 invalid_api_key")
    void scenario1_2_invalidApiKeyIs401() {
        ProviderException e = failure("mobildev:send?apiKey=yanlis_api_key", "Test mesajı", TO);
        assertRefused(e, ProviderAuthenticationException.class, 401, "invalid_api_key");
        assertThat(e.getRemedy()).contains("api_key");
    }

    @Test
    @DisplayName("1.3 Hatalı imza: 401 invalid_signature")
    void scenario1_3_wrongSignatureIs401() {
        ProviderException e = failure("mobildev:send?secretKey=yanlis_imza_anahtari", "Test mesajı", TO);
        assertRefused(e, ProviderAuthenticationException.class, 401, "invalid_signature");
        assertThat(e.getRemedy()).contains("api_secret");
    }

    @Test
    @DisplayName("1.4 Süresi dolmuş key: 401 api_key_expired")
    void scenario1_4_expiredKeyIs401() {
        SANDBOX.sandbox().clock().advance(Duration.ofDays(91)); // the test key was created valid for 90 days
        ProviderException e = failure("mobildev:send", "Test mesajı", TO);
        assertRefused(e, ProviderAuthenticationException.class, 401, "api_key_expired");
        assertThat(e.getRemedy()).contains("Süre Uzat");
    }

    @Test
    @DisplayName("1.5 Beyaz liste dışı IP: 403 ip_not_whitelisted")
    void scenario1_5_ipOutsideTheAllowListIs403() {
        mobildev.apiKey(MobildevSimulator.API_KEY).allowOnly("203.0.113.0/24");
        ProviderException e = failure("mobildev:send", "Test mesajı", TO);
        assertRefused(e, ProviderAuthorizationException.class, 403, "ip_not_whitelisted");
        assertThat(e.getRemedy()).contains("allow-list");
    }

    @Test
    @DisplayName("1.6 Rate limit aşımı: 429 rate_limit_exceeded, with the reset time")
    void scenario1_6_rateLimitExceededIs429WithTheResetTime() {
        mobildev.setTransactionalRateLimit(2, Duration.ofMinutes(1));
        Exchange first = ok("mobildev:send", "bir", TO);
        assertThat(first.getMessage().getHeader(MobildevConstants.RATE_LIMIT_LIMIT)).isEqualTo(2L);
        assertThat(first.getMessage().getHeader(MobildevConstants.RATE_LIMIT_REMAINING)).isEqualTo(1L);
        ok("mobildev:send", "iki", TO);

        Exchange third = call("mobildev:send", "üç", TO);
        ProviderException e = (ProviderException) third.getException();
        assertRefused(e, ProviderRateLimitException.class, 429, "rate_limit_exceeded");
        ProviderRateLimitException limited = (ProviderRateLimitException) e;
        assertThat(limited.getResetAt()).hasValueSatisfying(reset ->
                assertThat(reset).isCloseTo(Instant.now().plusSeconds(60), within(Duration.ofSeconds(5))));
        assertThat(limited.getRetryAfter()).isPresent();
        assertThat(third.getMessage().getHeader(MobildevConstants.RATE_LIMIT_REMAINING)).isEqualTo(0L);
        assertThat(third.getMessage().getHeader(MobildevConstants.RATE_LIMIT_RESET, Instant.class))
                .isEqualTo(limited.getResetAt().get());
        assertThat(mobildev.acceptedMessages()).hasSize(2);
    }

    @Test
    @DisplayName("2.1 OAuth akışı: the code is obtained, with the state authorize-url issued")
    void scenario2_1_theAuthorizeFlowYieldsACode() {
        Exchange authorize = ok("mobildev:authorize-url", null, Map.of());
        String url = authorize.getMessage().getBody(String.class);
        String state = authorize.getMessage().getHeader(MobildevConstants.STATE, String.class);
        assertThat(url).startsWith(server.baseUrl() + "/oauth/authorize?")
                .contains("client_id=" + MobildevSimulator.CLIENT_ID,
                        "redirect_uri=https%3A%2F%2Ftest.sizinsiteniz.com%2Fcallback", "response_type=code",
                        "scope=sms%3Acampaign%20sms%3Areport", "state=" + state);
        assertThat(state).hasSizeGreaterThanOrEqualTo(32);

        URI callback = MobildevConsent.at(url).give();

        assertThat(callback.toString()).startsWith(MobildevSimulator.REDIRECT_URI + "?code=")
                .endsWith("&state=" + state);
        assertThat(mobildev.issuedAuthorizationCodes()).hasSize(1);
    }

    @Test
    @DisplayName("2.2 Token alma: 200 + access_token, kept in the token store")
    void scenario2_2_theCodeIsExchangedForAToken() {
        MobildevAuthorization authorization = authorize();

        assertThat(authorization.getConsentId()).isEqualTo("default");
        assertThat(authorization.getScope()).isEqualTo("sms:campaign sms:report");
        assertThat(authorization.getExpiresAt()).isCloseTo(Instant.now().plus(Duration.ofDays(30)),
                within(Duration.ofMinutes(1)));
        assertThat(mobildev.tokens()).singleElement().satisfies(t -> {
            assertThat(t.clientId).isEqualTo(MobildevSimulator.CLIENT_ID);
            assertThat(t.user).isEqualTo(MobildevSimulator.USER_EMAIL);
        });
        assertThat(server.requestCount("/oauth/token")).isEqualTo(1);
    }

    @Test
    @DisplayName("2.3 Geçersiz code: 400 invalid_grant")
    void scenario2_3_anInvalidCodeIs400InvalidGrant() {
        Exchange authorize = ok("mobildev:authorize-url", null, Map.of());
        String state = authorize.getMessage().getHeader(MobildevConstants.STATE, String.class);

        ProviderException e = failure("mobildev:exchange-code", null,
                Map.of(MobildevConstants.CODE, "gecersiz_code", MobildevConstants.STATE, state));

        assertRefused(e, ProviderConsentRequiredException.class, 400, "invalid_grant");
        assertThat(e.getRemedy()).contains("authorize-url");
        assertThat(mobildev.tokens()).isEmpty();
    }

    @Test
    @DisplayName("2.4 Kampanya gönderimi: 200 + campaign_id")
    void scenario2_4_aCampaignIs200WithACampaignId() {
        authorize();

        Exchange toNumbers = ok("mobildev:campaign-send", "Bu bir test kampanyasıdır.",
                Map.of(SmsHeaders.TO, "5056647139,5321234567"));
        // the guide's own request: a campaign name and a panel group, in JSON
        Exchange toGroup = ok("mobildev:campaign-send?format=json", "Bu bir test kampanyasıdır.",
                Map.of(MobildevConstants.CAMPAIGN_NAME, "Test Kampanya",
                        MobildevConstants.CAMPAIGN_SEGMENTS, MobildevSimulator.TEST_SEGMENT));

        MobildevMessage numbers = mobildev.message(toNumbers.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(numbers.channel).isEqualTo("campaign");
        assertThat(numbers.user).isEqualTo(MobildevSimulator.USER_EMAIL);
        assertThat(numbers.numbers()).containsExactly("5056647139", "5321234567");
        MobildevMessage group = mobildev.message(toGroup.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(group.campaignName).isEqualTo("Test Kampanya");
        assertThat(group.numbers()).containsExactlyElementsOf(MobildevSimulator.TEST_SEGMENT_NUMBERS);
        assertThat(group.texts()).containsOnly("Bu bir test kampanyasıdır.");
        assertThat(server.requestCount("/oauth/token")).as("the token is re-used").isEqualTo(1);
    }

    @Test
    @DisplayName("2.5 Zaman aralığı: 403 time_restriction outside 09:00-17:00")
    void scenario2_5_outsideTheConsentsTimeWindowIs403() {
        authorize(p -> p.window("09:00", "17:00"));

        moveSandboxTo(LocalTime.of(20, 0));
        ProviderException e = failure("mobildev:campaign-send", "Akşam kampanyası", TO);
        assertRefused(e, ProviderAuthorizationException.class, 403, "time_restriction");
        assertThat(e.getRemedy()).contains("authorize again");

        moveSandboxTo(LocalTime.of(10, 0));
        ok("mobildev:campaign-send", "Sabah kampanyası", TO);
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    @Test
    @DisplayName("2.6 Süresi dolmuş token: 401 token_expired")
    void scenario2_6_anExpiredTokenIs401TokenExpired() {
        authorize(p -> p.lifetimeDays(1));
        SANDBOX.sandbox().clock().advance(Duration.ofHours(25));

        ProviderException e = failure("mobildev:campaign-send", "Kampanya", TO);
        assertRefused(e, ProviderConsentRequiredException.class, 401, "token_expired");
        assertThat(e.getRemedy()).contains("authorize again");

        // nothing is retried silently, and the dead token is not offered again
        int requests = server.requestCount();
        ProviderException again = failure("mobildev:campaign-send", "Kampanya", TO);
        assertThat(again).isInstanceOf(ProviderConsentRequiredException.class);
        assertThat(again.getHttpStatus()).isZero();
        assertThat(server.requestCount()).isEqualTo(requests);
    }

    @Test
    @DisplayName("2.7 Yetki iptali: 401 consent_revoked")
    void scenario2_7_aRevokedConsentIs401ConsentRevoked() {
        authorize();
        ok("mobildev:campaign-send", "Önce", TO);
        assertThat(mobildev.revokeConsent(MobildevSimulator.USER_EMAIL, MobildevSimulator.CLIENT_ID)).isEqualTo(1);

        ProviderException e = failure("mobildev:campaign-send", "Sonra", TO);
        assertRefused(e, ProviderConsentRequiredException.class, 401, "consent_revoked");
        assertThat(e.getRemedy()).contains("revoked", "authorize-url");
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    private static void assertRefused(ProviderException e, Class<? extends ProviderException> type, int status,
                                      String code) {
        assertThat(e).isInstanceOf(type);
        assertThat(e.getHttpStatus()).isEqualTo(status);
        assertThat(e.getProviderCode()).isEqualTo(code);
        assertThat(e.getProvider()).isEqualTo("mobildev");
        assertThat(e.getProviderMessage()).isNotBlank();
        assertThat(e.getRemedy()).isNotBlank();
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    /** Moves the sandbox's clock forward to the next occurrence of a Turkish time of day. */
    private static void moveSandboxTo(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.ofInstant(SANDBOX.sandbox().clock().instant(), TURKEY);
        ZonedDateTime target = now.toLocalDate().atTime(time).atZone(TURKEY);
        if (!target.isAfter(now)) {
            target = target.plusDays(1);
        }
        SANDBOX.sandbox().clock().advance(Duration.between(now, target));
    }
}
