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

import io.kopru.camel.component.signaport.api.SignaportToken;
import io.kopru.camel.component.signaport.api.SignaportValidation;
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderDuplicateRequestException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * signaport:validate over HTTP against the sandbox: the documented {@code POST /api/license/validate}, the one call that
 * spends a signature (docs.signaport.com/docs/endpoints/validate: "Token'ı doğrular, kontör düşürür"), and its errors,
 * which carry only a message.
 */
class SignaportValidateTest extends SignaportTestSupport {

    private SignaportToken token() {
        Exchange exchange = call("signaport:get-token");
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(SignaportToken.class);
    }

    @Test
    void validatingATokenSpendsOneSignatureAndIssuingItSpentNone() {
        SignaportToken token = token();
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .as("get-token spends nothing").isEqualTo(SignaportSimulator.INITIAL_QUOTA);

        Exchange validated = call("signaport:validate", token,
                Map.of(SignaportConstants.ORIGIN, SignaportSimulator.ORIGIN));
        assertThat(validated.getException()).isNull();
        SignaportValidation validation = validated.getMessage().getBody(SignaportValidation.class);
        assertThat(validation.getUsedQuota()).isEqualTo(1);
        assertThat(validation.getRemainingQuota()).isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);
        assertThat(validation.getMessage()).isEqualTo("Quota güncellendi");
        assertThat(validated.getMessage().getHeader(SignaportConstants.REMAINING_QUOTA))
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);
        assertThat(validated.getMessage().getHeader(SignaportConstants.USED_QUOTA)).isEqualTo(1);
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);
        assertThat(signaport.issuedSignTokens().get(0).isUsed()).isTrue();
    }

    @Test
    void aTokenAsTextNeedsNoLicenceOnTheEndpoint() {
        String token = token().getSignToken();
        SignaportComponent bare = new SignaportComponent();
        bare.getConfiguration().setBaseUrl(server.baseUrl());
        context.addComponent("signaport-bare", bare);
        Exchange validated = call("signaport-bare:validate", token, Map.of());
        assertThat(validated.getException()).isNull();
        assertThat(validated.getMessage().getHeader(SignaportConstants.REMAINING_QUOTA))
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);
    }

    @Test
    void aSecondValidationIsRefusedAsUsedAndSpendsNothingMore() {
        SignaportToken token = token();
        assertThat(call("signaport:validate", token, Map.of()).getException()).isNull();
        ProviderException again = failure("signaport:validate", token.getSignToken(), Map.of());
        assertThat(again).isInstanceOf(ProviderDuplicateRequestException.class);
        assertThat(again.getHttpStatus()).isEqualTo(400);
        assertThat(again.getProviderCode()).as("validate's errors carry no code").isNull();
        assertThat(again.getProviderMessage()).isEqualTo("Bu token zaten kullanılmış. Yeni token alınız.");
        assertThat(again.getRemedy()).contains("accepted once");
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);
    }

    @Test
    void eachDocumentedRefusalIsTyped() {
        SignaportToken token = token();
        ProviderException origin = failure("signaport:validate", token,
                Map.of(SignaportConstants.ORIGIN, "https://not-registered.example"));
        assertThat(origin).isInstanceOf(ProviderAuthorizationException.class);
        assertThat(origin.getProviderMessage()).isEqualTo("Bu domain için yetki yok");

        ProviderException forged = failure("signaport:validate", "eyJhbGciOiJIUzI1NiJ9.e30.forged", Map.of());
        assertThat(forged).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(forged.getProviderMessage()).isEqualTo("Geçersiz token");

        signaport.license(SignaportSimulator.LICENSE_KEY).quota(10, 0);
        ProviderException spent = failure("signaport:validate", token, Map.of());
        assertThat(spent).isInstanceOf(ProviderQuotaException.class);
        assertThat(spent.getProviderMessage()).isEqualTo("İmza kotası doldu");

        signaport.license(SignaportSimulator.LICENSE_KEY).quota(10, 10);
        clock.advance(Duration.ofMinutes(5));
        ProviderException late = failure("signaport:validate", token, Map.of());
        assertThat(late).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(late.getProviderMessage()).isEqualTo("Token süresi dolmuş");
        assertThat(late.getRemedy()).contains("get-token");
        assertThat(late.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void noTokenIsRefusedBeforeAnythingIsSent() {
        ProviderException none = failure("signaport:validate", "  ", Map.of());
        assertThat(none).isInstanceOf(ProviderValidationException.class);
        assertThat(none.getMessage()).contains("sign token as the body");
        assertThat(server.requestCount(SignaportSimulator.VALIDATE_PATH)).isZero();
    }

    @Test
    void anAnswerLostAfterTheRequestLeftIsAmbiguous() {
        SignaportToken token = token();
        server.inject(Fault.DROP_AFTER_PROCESSING, SignaportSimulator.VALIDATE_PATH, 1);
        ProviderException lost = failure("signaport:validate", token, Map.of());
        assertThat(lost).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(lost.isDefinitelyNotSent()).isFalse();
        assertThat(lost.getRemedy()).contains("Do not validate it again");
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .as("the sandbox did use it").isEqualTo(SignaportSimulator.INITIAL_QUOTA - 1);
    }
}
