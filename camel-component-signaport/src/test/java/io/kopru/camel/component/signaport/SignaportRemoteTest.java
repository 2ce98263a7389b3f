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

import io.kopru.camel.component.signaport.api.SignaportQuota;
import io.kopru.camel.component.signaport.api.SignaportToken;
import io.kopru.camel.component.signaport.api.SignaportValidation;
import io.kopru.camel.sandbox.junit.RemoteProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.kopru.camel.sandbox.junit.RemoteProviderCondition.env;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * check-quota against the real Signaport API, and, behind the send flag, one get-token and its validation, which spends
 * one signature (remote mode: see the README's "Checking against the real provider"). Skipped in every normal run.
 */
@RemoteProvider(value = "signaport", env = "SIGNAPORT_LICENSE_KEY")
class SignaportRemoteTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        SignaportComponent component = new SignaportComponent();
        component.getConfiguration().setLicenseKey(env("SIGNAPORT_LICENSE_KEY"));
        component.getConfiguration().setPassword(env("SIGNAPORT_PASSWORD", null));
        component.getConfiguration().setSignatureType(SignaportSignatureType.of(env("SIGNAPORT_SIGNATURE_TYPE",
                "MEDULA")));
        component.getConfiguration().setBaseUrl(env("SIGNAPORT_BASE_URL", SignaportConfiguration.DEFAULT_BASE_URL));
        context.addComponent("signaport", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private Exchange call(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = context.createProducerTemplate().send(uri, e -> {
            e.getMessage().setHeaders(new HashMap<>(headers));
            e.getMessage().setBody(body);
        });
        assertThat(exchange.getException()).as(uri).isNull();
        return exchange;
    }

    @Test
    void checkQuota() {
        SignaportQuota quota = call("signaport:check-quota", null, Map.of()).getMessage().getBody(SignaportQuota.class);
        assertThat(quota.getTotalQuota()).isGreaterThanOrEqualTo(quota.getRemainingQuota());
        assertThat(quota.getQuotaPercentage()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
    }

    /** Issues a sign token and validates it: spends one signature of the licence. */
    @Test
    @RemoteProvider(value = "signaport", env = "SIGNAPORT_PASSWORD", sends = true)
    void getATokenAndValidateIt() {
        SignaportToken token = call("signaport:get-token", null, Map.of()).getMessage().getBody(SignaportToken.class);
        Map<String, Object> headers = new HashMap<>();
        String origin = env("SIGNAPORT_ORIGIN", null);
        if (origin != null) {
            headers.put(SignaportConstants.ORIGIN, origin);
        }
        SignaportValidation validation = call("signaport:validate", token, headers).getMessage()
                .getBody(SignaportValidation.class);
        assertThat(validation.getRemainingQuota()).isNotNegative();
    }
}
