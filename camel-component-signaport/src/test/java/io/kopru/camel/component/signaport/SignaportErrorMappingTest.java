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
package io.kopru.camel.component.signaport;

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the document lists comes back from the simulator as the right typed error, mapped by Signaport's code
 * (INSUFFICIENT_QUOTA is an HTTP 400, LICENSE_EXPIRED a 401), with the provider's message and a remedy.
 */
class SignaportErrorMappingTest extends SignaportTestSupport {

    private ProviderException refused(String uri, Class<? extends ProviderException> type, int status, String code,
                                      String message) {
        ProviderException e = failure(uri);
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.getProvider()).isEqualTo("signaport");
        assertThat(e.getHttpStatus()).isEqualTo(status);
        assertThat(e.getProviderCode()).isEqualTo(code);
        assertThat(e.getProviderMessage()).isEqualTo(message);
        assertThat(e.getRemedy()).isNotBlank();
        assertThat(e.isDefinitelyNotSent()).as("refused: no token was issued").isTrue();
        assertThat(signaport.issuedSignTokens()).isEmpty();
        return e;
    }

    @Test
    void invalidRequest() {
        signaport.answerNextWith("INVALID_REQUEST");
        refused("signaport:get-token", ProviderInvalidRequestException.class, 400, "INVALID_REQUEST",
                "Geçersiz istek parametreleri");
    }

    @Test
    void invalidCredentials() {
        ProviderException e = refused("signaport:get-token?password=wrong-password",
                ProviderAuthenticationException.class, 401, "INVALID_CREDENTIALS", "Geçersiz lisans bilgileri");
        assertThat(e.getRemedy()).contains("licenseKey", "password");
        assertThat(e.getMessage()).doesNotContain("wrong-password");
        refused("signaport:get-token?licenseKey=SP-NO-SUCH-LICENSE", ProviderAuthenticationException.class, 401,
                "INVALID_CREDENTIALS", "Geçersiz lisans bilgileri");
    }

    @Test
    void insufficientQuotaIsAQuotaErrorThoughSignaportAnswersIt400() {
        signaport.license(SignaportSimulator.LICENSE_KEY).quota(100, 0);
        ProviderException e = refused("signaport:get-token", ProviderQuotaException.class, 400, "INSUFFICIENT_QUOTA",
                "İmza kotası yetersiz");
        assertThat(e.getRemedy()).contains("buy more");
    }

    @Test
    void licenseExpired() {
        ProviderException e = refused("signaport:get-token?licenseKey=" + SignaportSimulator.EXPIRED_LICENSE_KEY
                                      + "&password=" + SignaportSimulator.EXPIRED_PASSWORD,
                ProviderAuthenticationException.class, 401, "LICENSE_EXPIRED", "Lisans süresi dolmuş");
        assertThat(e.getRemedy()).contains("renew");
    }

    @Test
    void aLicenceThatExpiresWhileTheRouteRunsIsLicenseExpired() {
        assertThat(call("signaport:get-token").getException()).isNull();
        clock.advance(Duration.ofDays(366));
        assertThat(failure("signaport:get-token").getProviderCode()).isEqualTo("LICENSE_EXPIRED");
    }

    @Test
    void licenseInactive() {
        ProviderException e = refused("signaport:get-token?licenseKey=" + SignaportSimulator.INACTIVE_LICENSE_KEY
                                      + "&password=" + SignaportSimulator.INACTIVE_PASSWORD,
                ProviderAuthenticationException.class, 401, "LICENSE_INACTIVE", "Lisans aktif değil");
        assertThat(e.getRemedy()).contains("activate");
    }

    @Test
    void theEleventhTokenInAMinuteIs429WithTheBodysRetryAfterInTheError() {
        for (int i = 0; i < SignaportSimulator.RATE_LIMIT; i++) {
            assertThat(call("signaport:get-token").getException()).isNull();
        }
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOfSatisfying(ProviderRateLimitException.class, r -> {
            assertThat(r.getRetryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(1),
                    Duration.ofSeconds(60)));
            assertThat(r.getRateLimit().retryAfter()).isEqualTo(r.getRetryAfter());
        });
        assertThat(e.getHttpStatus()).isEqualTo(429);
        assertThat(e.getProviderMessage()).isEqualTo("Çok fazla istek. Lütfen bekleyiniz.");
        assertThat(e.getMessage()).contains("retry after");
        assertThat(e.getRemedy()).contains("rateLimit=10&rateLimitPeriod=60000");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .as("get-token spends no quota, refused or not").isEqualTo(SignaportSimulator.INITIAL_QUOTA);

        clock.advance(((ProviderRateLimitException) e).getRetryAfter().orElseThrow());
        assertThat(call("signaport:get-token").getException()).as("after the wait Signaport asked for").isNull();
    }

    @Test
    void theClientSideLimiterAtTheDocumentedRateKeepsTheEleventhCallHome() {
        String uri = "signaport:get-token?rateLimit=10&rateLimitPeriod=60000&rateLimitMaxWait=0";
        for (int i = 0; i < 10; i++) {
            assertThat(call(uri).getException()).isNull();
        }
        ProviderException e = failure(uri);
        assertThat(e).isInstanceOf(ProviderRateLimitException.class);
        assertThat(e.getHttpStatus()).as("refused here").isZero();
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(server.requestCount(SignaportSimulator.GET_TOKEN_PATH)).isEqualTo(10);
    }

    @Test
    void theClientSideLimiterWaitsInsteadOfBouncingOffTheLimit() {
        // the documented 10 a minute, shortened so that the test does not wait a minute; a second of headroom for
        // the first request's longer trip
        signaport.setRateLimit(2, Duration.ofSeconds(1));
        String uri = "signaport:get-token?rateLimit=2&rateLimitPeriod=2000&rateLimitMaxWait=10000";
        for (int i = 0; i < 4; i++) {
            assertThat(call(uri).getException()).isNull();
        }
        assertThat(signaport.issuedSignTokens()).hasSize(4);
    }

    @Test
    void aServerErrorOnGetTokenIsAmbiguousBecauseATokenMayHaveBeenIssuedAndCounted() {
        server.inject(Fault.STATUS_500, 1);
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.isDefinitelyNotSent()).isFalse();
        assertThat(e.getRemedy()).contains("may have issued a token", "safe");
    }

    @Test
    void aDroppedAnswerLosesTheTokenAndSaysSo() {
        server.inject(Fault.DROP_AFTER_PROCESSING, 1);
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.getRemedy()).contains("That token is lost");
        assertThat(signaport.issuedSignTokens()).as("Signaport did issue it").hasSize(1);
        assertThat(server.requestCount()).as("never repeated by the transport").isEqualTo(1);
    }

    @Test
    void aGarbledAnswerIsAmbiguous() {
        server.inject(Fault.MALFORMED_RESPONSE, 1);
        assertThat(failure("signaport:get-token")).isInstanceOf(ProviderAmbiguousResultException.class);
    }

    @Test
    void anUnavailableApiIsCertainlyNotSent() {
        server.inject(Fault.STATUS_503, 1);
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void aRefusedConnectionIsUnavailableAndCertainlyNotSent() {
        ProviderException e = failure("signaport:get-token?baseUrl=http://127.0.0.1:1");
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void checkQuotaOfAnUnknownLicenceIsAnAuthenticationError() {
        ProviderException e = failure("signaport:check-quota?licenseKey=SP-NO-SUCH-LICENSE-9999");
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(404);
        assertThat(e.getProviderCode()).isEqualTo("LICENSE_NOT_FOUND");
        assertThat(e.getMessage()).contains("xxxxxx9999").doesNotContain("SP-NO-SUCH-LICENSE-9999");
    }

    @Test
    void aServerErrorOnCheckQuotaIsSafeToRepeat() {
        server.inject(Fault.STATUS_500, 1);
        ProviderException e = failure("signaport:check-quota");
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(call("signaport:check-quota").getException()).isNull();
    }
}
