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

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error Mobildev documents comes back as the right typed error, over real HTTP. */
class MobildevErrorMappingTest extends MobildevTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5321234567");

    /** The error codes of the guide's §6.2, and the OAuth2 ones, answered on demand by the sandbox. */
    @ParameterizedTest(name = "{1} (HTTP {0}) on {3}")
    @CsvSource({
            "401, invalid_api_key, ProviderAuthenticationException, send, true",
            "401, api_key_expired, ProviderAuthenticationException, send, true",
            "401, invalid_signature, ProviderAuthenticationException, send, true",
            "401, timestamp_expired, ProviderAuthenticationException, send, true",
            "401, nonce_already_used, ProviderDuplicateRequestException, send, false",
            "403, ip_not_whitelisted, ProviderAuthorizationException, send, true",
            "402, insufficient_balance, ProviderQuotaException, send, true",
            "429, rate_limit_exceeded, ProviderRateLimitException, send, true",
            "400, invalid_request, ProviderInvalidRequestException, send, true",
            "400, invalid_originator, ProviderAuthorizationException, send, true",
            "404, not_found, ProviderInvalidRequestException, status, true",
            "403, time_restriction, ProviderAuthorizationException, campaign-send, true",
            "403, insufficient_scope, ProviderAuthorizationException, campaign-send, true",
            "401, token_expired, ProviderConsentRequiredException, campaign-send, true",
            "401, consent_revoked, ProviderConsentRequiredException, campaign-send, true",
            "401, invalid_token, ProviderConsentRequiredException, campaign-status, true",
            "402, insufficient_balance, ProviderQuotaException, campaign-send, true"
    })
    void everyDocumentedErrorMapsToItsType(int status, String error, String type, String operation,
                                           boolean definitelyNotSent) {
        if (operation.startsWith("campaign")) {
            authorize();
        }
        String id = operation.endsWith("status") ? sendOne(operation) : null;
        mobildev.answerNextWith(status, error);
        if ("timestamp_expired".equals(error)) {
            mobildev.answerNextWith(status, error); // the first one is answered by correcting the clock, once
        }

        ProviderException e = failure("mobildev:" + operation + "?format=json", id != null ? id : "Merhaba",
                id != null ? Map.of() : TO);

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getProviderCode()).isEqualTo(error);
        assertThat(e.getHttpStatus()).isEqualTo(status);
        assertThat(e.getProviderMessage()).isNotBlank();
        assertThat(e.getRemedy()).isNotBlank();
        assertThat(e.isDefinitelyNotSent()).isEqualTo(definitelyNotSent);
    }

    /** The XML API's bare codes, answered with HTTP 200 instead of ID:<n>. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "01, ProviderAuthenticationException",
            "02, ProviderQuotaException",
            "03, ProviderInvalidRequestException",
            "04, ProviderInvalidRequestException",
            "05, ProviderInvalidRequestException",
            "06, ProviderAuthorizationException",
            "07, ProviderInvalidRequestException",
            "10, ProviderUnknownErrorException",
            "15, ProviderInvalidRequestException",
            "16, ProviderUnknownErrorException"
    })
    void everyBareCodeOfTheXmlApiIsARefusalOfItsType(String code, String type) {
        mobildev.answerNextWith(200, code);
        ProviderException e = failure("mobildev:send", "Merhaba", TO);
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getProviderCode()).isEqualTo(code);
        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getRemedy()).isNotBlank();
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    @Test
    void reportNotReadyYetIsPendingNotAnError() {
        String id = sendOne("status");
        mobildev.answerNextWith(200, "02");
        List<?> reports = ok("mobildev:status", id, Map.of()).getMessage().getBody(List.class);
        assertThat(reports).singleElement().isInstanceOfSatisfying(DeliveryReport.class, r -> {
            assertThat(r.getMessageId()).isEqualTo(id);
            assertThat(r.getStatus()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(r.getProviderStatusCode()).isEqualTo("02");
        });
    }

    @Test
    void anUnreadableCodeOnAQueryIsUnknownButAnUnknownJsonErrorFollowsTheHttpStatus() {
        mobildev.answerNextWith(418, "teapot");
        ProviderException e = failure("mobildev:send?format=json", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderUnknownErrorException.class);
        assertThat(e.getProviderCode()).isEqualTo("teapot");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void aServerErrorOnASendIsAmbiguousAndOnAQueryUnavailable() {
        server.inject(Fault.STATUS_500, 1);
        ProviderException send = failure("mobildev:send", "Merhaba", TO);
        assertThat(send).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(send.isDefinitelyNotSent()).isFalse();

        String id = sendOne("status");
        server.inject(Fault.STATUS_500, 1);
        ProviderException status = failure("mobildev:status", id, Map.of());
        assertThat(status).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void a503IsUnavailableAndCertainlyNotSent() {
        server.inject(Fault.STATUS_503, 1);
        ProviderException e = failure("mobildev:send", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void aGarbledAnswerToASendIsAmbiguousBecauseTheMessageWasAccepted() {
        server.inject(Fault.MALFORMED_RESPONSE, 1);
        ProviderException e = failure("mobildev:send", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    @Test
    void aConnectionDroppedAfterTheMessageWasAcceptedIsAmbiguousAndNotRepeated() {
        server.inject(Fault.DROP_AFTER_PROCESSING, 1);
        ProviderException e = failure("mobildev:send", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    @Test
    void aTimeoutAfterTheMessageWasAcceptedIsAmbiguousAndNotRepeated() {
        server.setSlowDelay(Duration.ofMillis(1500));
        server.inject(Fault.SLOW_RESPONSE, 1);
        ProviderException e = failure("mobildev:send?responseTimeout=500", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(mobildev.acceptedMessages()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsUnavailableAndCertainlyNotSent() {
        ProviderException e = failure("mobildev:send?baseUrl=http://127.0.0.1:1", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void aTokenExchangeWhoseAnswerIsLostIsAmbiguousTheCodeMayBeUsedUp() {
        String state = ok("mobildev:authorize-url", null, Map.of()).getMessage()
                .getHeader(MobildevConstants.STATE, String.class);
        server.inject(Fault.DROP_AFTER_PROCESSING, "/oauth/token", 1);
        ProviderException e = failure("mobildev:exchange-code", null, Map.of(MobildevConstants.CODE, "any",
                MobildevConstants.STATE, state));
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
    }

    /** One message through the operation's channel, returning its id. */
    private String sendOne(String statusOperation) {
        String send = statusOperation.startsWith("campaign") ? "mobildev:campaign-send" : "mobildev:send";
        return ok(send, "Merhaba", TO).getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
    }

}
