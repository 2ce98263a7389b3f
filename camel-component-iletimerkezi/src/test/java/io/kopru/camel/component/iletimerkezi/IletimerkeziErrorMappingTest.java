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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderDuplicateRequestException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every status code iletiMerkezi documents comes back as the right typed error, over real HTTP. */
class IletimerkeziErrorMappingTest extends IletimerkeziTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5321234567");

    private ProviderException sendFails() {
        return failure("iletimerkezi:send-sms", "Merhaba", TO);
    }

    @Test
    void wrongHashIs401WithTheTwoCausesTheProviderNamesFirst() {
        ProviderException e = failure("iletimerkezi:send-sms?secretKey=wrong-hash", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.getProviderCode()).isEqualTo("401");
        assertThat(e.getProviderMessage()).isEqualTo("Üyelik bilgileri hatalı");
        assertThat(e.getMessage()).contains("\"Allow API access\" toggle", "Static IP");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(iletimerkezi.acceptedOrders()).isEmpty();
    }

    @Test
    void apiAccessSwitchedOffIs401() {
        ProviderException e = failure("iletimerkezi:send-sms?apiKey=" + IletimerkeziSimulator.API_OFF_KEY + "&secretKey="
                                      + IletimerkeziSimulator.API_OFF_HASH, "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
    }

    @Test
    void aCallerOutsideTheIpAllowListIs401() {
        ProviderException e = failure("iletimerkezi:get-balance?apiKey=" + IletimerkeziSimulator.IP_LOCKED_KEY
                                      + "&secretKey=" + IletimerkeziSimulator.IP_LOCKED_HASH, null, Map.of());
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        iletimerkezi.account(IletimerkeziSimulator.IP_LOCKED_KEY).allowOnlyIps("127.0.0.1");
        assertThat(call("iletimerkezi:get-balance?apiKey=" + IletimerkeziSimulator.IP_LOCKED_KEY + "&secretKey="
                        + IletimerkeziSimulator.IP_LOCKED_HASH, null, Map.of()).getException()).isNull();
    }

    @Test
    void noBalanceIs402() {
        iletimerkezi.account(IletimerkeziSimulator.API_KEY).smsCredits(0);
        ProviderException e = sendFails();
        assertThat(e).isInstanceOf(ProviderQuotaException.class);
        assertThat(e.getProviderCode()).isEqualTo("402");
    }

    @Test
    void anUnapprovedSenderIs450() {
        ProviderException e = failure("iletimerkezi:send-sms?sender=OTHER", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderAuthorizationException.class);
        assertThat(e.getProviderCode()).isEqualTo("450");
    }

    @Test
    void theSameTextToTheSameRecipientsWithinTenMinutesIs451AndNotSafeToFailOver() {
        assertThat(call("iletimerkezi:send-sms", "Kodunuz 1234", TO).getException()).isNull();
        ProviderException e = failure("iletimerkezi:send-sms", "Kodunuz 1234", TO);
        assertThat(e).isInstanceOf(ProviderDuplicateRequestException.class);
        assertThat(e.getProviderCode()).isEqualTo("451");
        assertThat(e.isDefinitelyNotSent()).as("the first copy was sent").isFalse();
        assertThat(iletimerkezi.acceptedOrders()).hasSize(1);

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(11));
        assertThat(call("iletimerkezi:send-sms", "Kodunuz 1234", TO).getException()).isNull();
    }

    @Test
    void aBlacklistedRecipientIs452() {
        iletimerkezi.account(IletimerkeziSimulator.API_KEY).blacklist("+905321234567");
        ProviderException e = sendFails();
        assertThat(e).isInstanceOf(ProviderInvalidRequestException.class);
        assertThat(e.getProviderCode()).isEqualTo("452");
    }

    @Test
    void anUnknownOrderIs455() {
        ProviderException e = failure("iletimerkezi:get-report", "999", Map.of());
        assertThat(e.getProviderCode()).isEqualTo("455");
        assertThat(e).isInstanceOf(ProviderInvalidRequestException.class);
    }

    @Test
    void anUnavailableApiIs503AndCertainlyNotSent() {
        iletimerkezi.setUnavailable(true);
        ProviderException e = sendFails();
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.getProviderCode()).isEqualTo("503");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void tooManyRequestsIs429WithTheWaitTheProviderAskedFor() {
        iletimerkezi.setRateLimit(1, Duration.ofMinutes(1));
        assertThat(call("iletimerkezi:get-balance", null, Map.of()).getException()).isNull();
        ProviderException e = failure("iletimerkezi:get-balance", null, Map.of());
        assertThat(e).isInstanceOfSatisfying(ProviderRateLimitException.class, r -> {
            assertThat(r.getRetryAfter()).isPresent();
            assertThat(r.getRateLimit().limit()).contains(1L);
            assertThat(r.getResetAt()).isPresent();
        });
    }

    /** Codes a careful client never provokes, answered on demand by the sandbox. */
    @ParameterizedTest(name = "code {0}")
    @CsvSource({
            "400, ProviderInvalidRequestException, true",
            "401, ProviderAuthenticationException, true",
            "402, ProviderQuotaException, true",
            "404, ProviderInvalidRequestException, true",
            "422, ProviderInvalidRequestException, true",
            "450, ProviderAuthorizationException, true",
            "451, ProviderDuplicateRequestException, false",
            "452, ProviderInvalidRequestException, true",
            "453, ProviderInvalidRequestException, true",
            "454, ProviderInvalidRequestException, true",
            "455, ProviderInvalidRequestException, true",
            "457, ProviderInvalidRequestException, true",
            "458, ProviderInvalidRequestException, true",
            "459, ProviderInvalidRequestException, true",
            "460, ProviderInvalidRequestException, true",
            "466, ProviderInvalidRequestException, true",
            "468, ProviderInvalidRequestException, true",
            "469, ProviderInvalidRequestException, true",
            "503, ProviderUnavailableException, true"
    })
    void everyDocumentedCodeMapsToItsType(int code, String type, boolean definitelyNotSent) {
        iletimerkezi.answerNextWith(code);
        ProviderException e = sendFails();
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getProviderCode()).isEqualTo(String.valueOf(code));
        assertThat(e.getHttpStatus()).isEqualTo(code);
        assertThat(e.getProviderMessage()).isNotBlank();
        assertThat(e.getRemedy()).isNotBlank();
        assertThat(e.isDefinitelyNotSent()).isEqualTo(definitelyNotSent);
        assertThat(iletimerkezi.acceptedOrders()).isEmpty();
    }

    @Test
    void anUnknownCodeStillCarriesTheProvidersCodeAndMessage() {
        iletimerkezi.answerNextWith(499);
        ProviderException e = sendFails();
        assertThat(e).isInstanceOf(ProviderUnknownErrorException.class);
        assertThat(e.getProviderCode()).isEqualTo("499");
        assertThat(e.getProviderMessage()).isEqualTo("Bilinmeyen hata");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void aServerErrorOnASendIsAmbiguous() {
        server.inject(Fault.STATUS_500, 1);
        ProviderException e = sendFails();
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.isDefinitelyNotSent()).isFalse();
    }

    @Test
    void aGarbledAnswerToASendIsAmbiguousBecauseTheOrderWasAccepted() {
        server.inject(Fault.MALFORMED_RESPONSE, 1);
        ProviderException e = sendFails();
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(iletimerkezi.acceptedOrders()).hasSize(1);
    }

    @Test
    void aTimeoutAfterTheOrderWasAcceptedIsAmbiguousAndNotRepeated() {
        server.setSlowDelay(Duration.ofMillis(1500));
        server.inject(Fault.SLOW_RESPONSE, 1);
        ProviderException e = failure("iletimerkezi:send-sms?responseTimeout=500", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(iletimerkezi.acceptedOrders()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsUnavailableAndCertainlyNotSent() {
        ProviderException e = failure("iletimerkezi:send-sms?baseUrl=http://127.0.0.1:1", "Merhaba", TO);
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }
}
