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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.support.error.ProviderConsentRequiredException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What Mobildev would refuse is refused before any request: the sandbox's request count stays at zero. */
class MobildevValidationTest extends MobildevTestSupport {

    @AfterEach
    void nothingReachedTheProvider() {
        assertThat(server.requestCount()).as("requests that reached the sandbox").isZero();
    }

    private ProviderValidationException refused(String uri, Object body, Map<String, Object> headers) {
        ProviderException e = failure(uri, body, headers);
        assertThat(e).isInstanceOf(ProviderValidationException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(e.getHttpStatus()).isZero();
        assertThat(e.getProvider()).isEqualTo("mobildev");
        return (ProviderValidationException) e;
    }

    @Test
    void everyInvalidNumberIsNamed() {
        assertThat(refused("mobildev:send", "hi", Map.of(SmsHeaders.TO, "5321234567,12345,2125550000,+4915112345678"))
                .getViolations()).containsExactly("'12345' is not a valid phone number",
                "'2125550000' is not a mobile number", "'+4915112345678' is not a Turkish mobile number");
    }

    @Test
    void noRecipientsEmptyTextOrAnUnsendableCharacter() {
        assertThat(refused("mobildev:send", "hi", Map.of()).getMessage()).contains("no recipients");
        assertThat(refused("mobildev:send", "", Map.of(SmsHeaders.TO, "5321234567")).getViolations())
                .contains("the text is empty");
        assertThat(refused("mobildev:send?format=json", "zil\u0007", Map.of(SmsHeaders.TO, "5321234567"))
                .getViolations()).containsExactly("the text has a character no SMS or XML can carry (U+0007 at 3)");
    }

    @Test
    void originatorsLongerThanElevenCharactersOrWithTurkishLetters() {
        assertThat(refused("mobildev:send?sender=ACMECORPORATE", "hi", Map.of(SmsHeaders.TO, "5321234567"))
                .getViolations()).containsExactly("originator 'ACMECORPORATE' is longer than 11 characters");
        assertThat(refused("mobildev:send", "hi", Map.of(SmsHeaders.TO, "5321234567", SmsHeaders.SENDER, "KÖPRÜ"))
                .getViolations()).containsExactly("originator 'KÖPRÜ' has Turkish letters, which originators may not");
    }

    @Test
    void aCommercialMessageNeedsItsIysRecipientType() {
        assertThat(refused("mobildev:send?commercial=true", "Kampanya", Map.of(SmsHeaders.TO, "5321234567"))
                .getViolations()).containsExactly(
                "a commercial message needs its İYS recipient type (iysList BIREYSEL or TACIR)");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(refused("mobildev:send?sender=TOOLONGSENDER1", "", Map.of(SmsHeaders.TO, "123")).getViolations())
                .hasSize(3);
    }

    @Test
    void campaignMessagesMustAgreeAndGroupsNeedJson() {
        authorizeWithoutRequests();
        List<SmsMessage> disagreeing = List.of(SmsMessage.of("a", "5321234567"),
                SmsMessage.builder().to("5331234567").text("b").sendAt(Instant.now().plusSeconds(3600)).build());
        assertThat(refused("mobildev:campaign-send", disagreeing, Map.of()).getViolations())
                .containsExactly("the messages of one campaign must share originator, send time and İYS settings");
        assertThat(refused("mobildev:campaign-send", "Kampanya", Map.of(MobildevConstants.CAMPAIGN_SEGMENTS,
                "test_group")).getViolations().get(0)).contains("only in the JSON format");
        assertThat(refused("mobildev:campaign-send?format=json", "Kampanya", Map.of(
                MobildevConstants.CAMPAIGN_SEGMENTS, "test_group", SmsHeaders.TO, "5321234567")).getViolations())
                .containsExactly("a campaign goes either to numbers or to panel groups, not both");
    }

    @Test
    void aBodyThatIsNoMessage() {
        assertThat(refused("mobildev:send", List.of(1, 2), Map.of(SmsHeaders.TO, "5321234567")).getMessage())
                .contains("SmsMessage");
    }

    @Test
    void statusNeedsAnIdThatIsAnId() {
        refused("mobildev:status", null, Map.of());
        assertThat(refused("mobildev:status", "../../oauth/token", Map.of()).getMessage()).contains("not a Mobildev id");
    }

    @Test
    void aCampaignWithoutConsentIsRefusedBeforeSending() {
        ProviderException e = failure("mobildev:campaign-send", "Kampanya", Map.of(SmsHeaders.TO, "5321234567"));
        assertThat(e).isInstanceOf(ProviderConsentRequiredException.class);
        assertThat(e.getProviderCode()).isEqualTo("no_consent");
        assertThat(e.getHttpStatus()).isZero();
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(e.getRemedy()).contains("authorize-url");
        assertThat(failure("mobildev:campaign-status", "1234567890", Map.of()))
                .isInstanceOf(ProviderConsentRequiredException.class);
    }

    @Test
    void aCallbackWithAStateThisComponentNeverIssuedIsRefusedAsCsrf() {
        assertThat(refused("mobildev:exchange-code", "https://test.sizinsiteniz.com/callback?code=abc&state=forged",
                Map.of()).getMessage()).contains("cross-site request forgery");
        assertThat(refused("mobildev:exchange-code", null, Map.of(MobildevConstants.CODE, "abc")).getMessage())
                .contains("no state");
    }

    @Test
    void aStateIsGoodForOneCallbackOnly() {
        String state = ok("mobildev:authorize-url", null, Map.of()).getMessage()
                .getHeader(MobildevConstants.STATE, String.class);
        // the person declined: the state is used up by that callback
        ProviderException declined = failure("mobildev:exchange-code",
                "https://test.sizinsiteniz.com/callback?error=access_denied&state=" + state, Map.of());
        assertThat(declined).isInstanceOf(ProviderConsentRequiredException.class);
        assertThat(declined.getProviderCode()).isEqualTo("access_denied");
        assertThat(refused("mobildev:exchange-code", null, Map.of(MobildevConstants.CODE, "abc",
                MobildevConstants.STATE, state)).getMessage()).contains("already used");
    }

    @Test
    void endpointsThatCouldNeverWorkAreRefusedAtCreation() {
        assertThat(catchThrowable(() -> context.getEndpoint("mobildev:sendd")))
                .isInstanceOf(ResolveEndpointFailedException.class).rootCause()
                .hasMessageContaining("Valid operations are: send, status, campaign-send, campaign-status,"
                                      + " authorize-url, exchange-code");
        MobildevComponent component = context.getComponent("mobildev", MobildevComponent.class);
        component.getConfiguration().setSecretKey(null);
        component.getConfiguration().setClientSecret(null);
        assertThat(catchThrowable(() -> context.getEndpoint("mobildev:send?format=yaml")))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("format=yaml");
        assertThat(catchThrowable(() -> context.getEndpoint("mobildev:send?baseUrl=http://h/api"
                                                            + "&apiKeyValidUntil=yarın")))
                .rootCause().hasMessageContaining("needs secretKey (the panel's api_secret)")
                .hasMessageContaining("baseUrl must be scheme://host[:port] with no path")
                .hasMessageContaining("apiKeyValidUntil must be an ISO-8601 instant");
        assertThat(catchThrowable(() -> context.getEndpoint("mobildev:exchange-code")))
                .rootCause().hasMessageContaining("needs clientSecret");
        assertThat(catchThrowable(() -> context.getEndpoint("mobildev:authorize-url?redirectUri=/callback")))
                .rootCause().hasMessageContaining("redirectUri must be an absolute URI");
    }

    /** Puts a token in the store without asking the sandbox, so that campaign validation can be reached. */
    private void authorizeWithoutRequests() {
        MobildevComponent component = context.getComponent("mobildev", MobildevComponent.class);
        new io.kopru.camel.component.mobildev.api.MobildevConsents(component.defaultTokenStore(),
                io.kopru.camel.sandbox.mobildev.MobildevSimulator.CLIENT_ID, java.time.Clock.systemUTC())
                .keep("default", io.kopru.camel.support.auth.AccessToken.of("t", Instant.now(),
                        java.time.Duration.ofDays(1)));
    }

    @Test
    void plainHttpToAHostThatIsNotLoopbackIsRefused() {
        assertThat(catchThrowable(() -> context.getEndpoint("mobildev:send?baseUrl=http://xmlapi.mobildev.com")))
                .isInstanceOf(ResolveEndpointFailedException.class).rootCause()
                .hasMessageContaining("baseUrl must use https");
    }

    @Test
    void theCatalogTypesOperationAndFormatAsEnumsListingTheirUriNames() throws Exception {
        JsonNode properties;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/io/kopru/camel/component/mobildev/mobildev.json")) {
            properties = new ObjectMapper().readTree(in).path("properties");
        }
        assertThat(properties.path("operation").path("javaType").asText()).isEqualTo(MobildevOperation.class.getName());
        assertThat(properties.path("operation").path("enum").toString()).isEqualTo("[\"send\",\"status\","
                + "\"campaign-send\",\"campaign-status\",\"authorize-url\",\"exchange-code\",\"cancel\"]");
        assertThat(properties.path("api").path("javaType").asText()).isEqualTo(MobildevApiType.class.getName());
        assertThat(properties.path("api").path("enum").toString()).isEqualTo("[\"integrator\",\"classic\"]");
        assertThat(properties.path("format").path("javaType").asText()).isEqualTo(MobildevFormat.class.getName());
        assertThat(properties.path("format").path("enum").toString()).isEqualTo("[\"xml\",\"json\"]");
        assertThat(properties.has("clock")).as("clock is a test seam, not an option").isFalse();
    }
}
