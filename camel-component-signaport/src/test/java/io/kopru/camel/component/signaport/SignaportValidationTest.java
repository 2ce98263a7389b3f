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

import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderValidationException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What could never work is refused at endpoint creation or before sending: the sandbox's request count stays 0. */
class SignaportValidationTest extends SignaportTestSupport {

    @AfterEach
    void nothingReachedTheProvider() {
        assertThat(server.requestCount()).as("requests that reached the sandbox").isZero();
    }

    private SignaportConfiguration componentConfiguration() {
        return context.getComponent("signaport", SignaportComponent.class).getConfiguration();
    }

    @Test
    void anUnknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("signaport:sign"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown signaport operation 'sign'")
                .hasMessageContaining("get-token, check-quota");
    }

    @Test
    void getTokenNeedsLicenseKeyPasswordAndSignatureType() {
        componentConfiguration().setLicenseKey(null);
        assertThatThrownBy(() -> context.getEndpoint("signaport:check-quota")).hasMessageContaining("needs licenseKey");
        componentConfiguration().setLicenseKey(SignaportSimulator.LICENSE_KEY);
        componentConfiguration().setPassword(null);
        assertThatThrownBy(() -> context.getEndpoint("signaport:get-token")).hasMessageContaining("needs password");
        componentConfiguration().setPassword(SignaportSimulator.PASSWORD);
        componentConfiguration().setSignatureType(null);
        assertThatThrownBy(() -> context.getEndpoint("signaport:get-token"))
                .hasMessageContaining("needs signatureType: MEDULA (imzaTipi 0) or IBYS (imzaTipi 1)");
        assertThatThrownBy(() -> context.getEndpoint("signaport:get-token?signatureType=EIMZA"))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("EIMZA");
    }

    @Test
    void checkQuotaNeedsNoPasswordNorSignatureType() {
        componentConfiguration().setPassword(null);
        componentConfiguration().setSignatureType(null);
        assertThat(context.getEndpoint("signaport:check-quota")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://api.signaport.com", "http://10.0.0.5:8080", "http://127.0.0.1.example.com",
            "http://localhost.example.com", "ftp://api.signaport.com"})
    void plainHttpIsRefusedUnlessTheHostIsLoopback(String baseUrl) {
        assertThatThrownBy(() -> context.getEndpoint("signaport:get-token?baseUrl=" + baseUrl))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("must use https");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://api.signaport.com", "https://signaport.test:8443", "http://127.0.0.1:18080",
            "http://127.10.0.1", "http://localhost:8080", "http://[::1]:8080"})
    void httpsOrLoopbackIsAccepted(String baseUrl) {
        assertThat(context.getEndpoint("signaport:get-token?baseUrl=" + baseUrl, SignaportEndpoint.class)
                .getConfiguration().getBaseUrl()).isEqualTo(baseUrl);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://api.signaport.com/api/v1", "https://user@api.signaport.com", "not a url",
            "https://api.signaport.com?x=1"})
    void aBaseUrlWithMoreThanSchemeHostAndPortIsRefused(String baseUrl) {
        assertThatThrownBy(() -> context.getEndpoint("signaport:get-token?baseUrl=" + baseUrl.replace(" ", "%20")))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("signaport baseUrl");
    }

    @Test
    void aNegativeLowQuotaThresholdIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("signaport:check-quota?lowQuotaThreshold=-1"))
                .hasMessageContaining("lowQuotaThreshold");
    }

    @Test
    void anUnknownSignatureTypeInTheHeaderIsRefusedBeforeSending() {
        ProviderException e = failure("signaport:get-token", null, Map.of(SignaportConstants.SIGNATURE_TYPE, "2"));
        assertThat(e).isInstanceOf(ProviderValidationException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(e.getHttpStatus()).isZero();
        assertThat(e.getMessage()).contains("'2' is not a Signaport signature type; use MEDULA (0) or IBYS (1)");
    }
}
