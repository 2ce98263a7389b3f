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
import io.kopru.camel.sandbox.junit.LogCapture;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** check-quota, the low-quota threshold and the producer health check built on check-quota. */
class SignaportCheckQuotaTest extends SignaportTestSupport {

    /** Gets a token and validates it: the one way a signature is spent. */
    private Exchange spendOne(String validateUri) {
        Exchange token = call("signaport:get-token");
        assertThat(token.getException()).isNull();
        return call(validateUri, token.getMessage().getBody(), Map.of());
    }

    @Test
    void checkQuotaReportsTheLicenceAsSignaportSeesIt() {
        for (int i = 0; i < 3; i++) {
            assertThat(spendOne("signaport:validate").getException()).isNull();
        }
        Exchange exchange = call("signaport:check-quota");
        assertThat(exchange.getException()).isNull();
        SignaportQuota quota = exchange.getMessage().getBody(SignaportQuota.class);
        assertThat(quota.getRemainingQuota()).isEqualTo(SignaportSimulator.INITIAL_QUOTA - 3);
        assertThat(quota.getTotalQuota()).isEqualTo(SignaportSimulator.INITIAL_QUOTA);
        assertThat(quota.getUsedQuota()).isEqualTo(3);
        assertThat(quota.getQuotaPercentage()).as("the share left").isEqualByComparingTo("99.7");
        assertThat(quota.isActive()).isTrue();
        assertThat(quota.getOrganizationName()).isEqualTo(SignaportSimulator.ORGANIZATION);
        // sent with an offset (2025-12-31T23:59:59Z in the document), read back as the same instant
        assertThat(quota.getExpiryDate()).isEqualTo(
                signaport.license(SignaportSimulator.LICENSE_KEY).expiresAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(exchange.getMessage().getHeader(SignaportConstants.REMAINING_QUOTA))
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA - 3);
        assertThat(exchange.getMessage().getHeader(SignaportConstants.TOTAL_QUOTA))
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA);
        assertThat(exchange.getMessage().getHeader(SignaportConstants.LICENSE_EXPIRES_AT))
                .isEqualTo(quota.getExpiryDate());
        assertThat(exchange.getMessage().getHeader(SignaportConstants.LICENSE_USABLE)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(SignaportConstants.LOW_QUOTA)).as("threshold off").isNull();
        assertThat(signaport.issuedSignTokens()).as("check-quota costs nothing").hasSize(3);
    }

    @Test
    void aLicenceKeyWithCharactersAUrlWouldMisreadIsSentAsOnePathSegment() {
        signaport.addLicense("SP TEST+KEY?7", "pw");
        Exchange exchange = call("signaport:check-quota?licenseKey=RAW(SP TEST+KEY?7)");
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SignaportConstants.REMAINING_QUOTA))
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA);
    }

    @Test
    void checkQuotaNeedsNoPasswordAndSendsNone() {
        signaport.addLicense("SP-OTHER-LICENSE-0009", "other-password");
        context.getComponent("signaport", SignaportComponent.class).getConfiguration().setPassword(null);
        Exchange exchange = call("signaport:check-quota?licenseKey=SP-OTHER-LICENSE-0009");
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(SignaportQuota.class).isActive()).isTrue();
        assertThat(exchange.getMessage().getHeader(SignaportConstants.LICENSE_USABLE)).isEqualTo(true);
    }

    @Test
    void theLowQuotaThresholdSetsTheHeaderAndWarnsOnceWhenTheQuotaFallsToIt() {
        signaport.license(SignaportSimulator.LICENSE_KEY).quota(100, 7);
        String uri = "signaport:validate?lowQuotaThreshold=5";
        try (LogCapture log = new LogCapture()) {
            assertThat(spendOne(uri).getMessage().getHeader(SignaportConstants.LOW_QUOTA)).isEqualTo(false); // 6 left
            assertThat(spendOne(uri).getMessage().getHeader(SignaportConstants.LOW_QUOTA)).isEqualTo(true); // 5 left
            assertThat(spendOne(uri).getMessage().getHeader(SignaportConstants.LOW_QUOTA)).isEqualTo(true); // 4 left
            assertThat(warnings(log)).singleElement().asString()
                    .contains("5 signature(s) left, at or below lowQuotaThreshold 5", "xxxxxx0001")
                    .doesNotContain(SignaportSimulator.LICENSE_KEY);

            // bought more: above the threshold again, and the next fall warns again
            signaport.license(SignaportSimulator.LICENSE_KEY).quota(100, 7);
            assertThat(spendOne(uri).getMessage().getHeader(SignaportConstants.LOW_QUOTA)).isEqualTo(false);
            assertThat(spendOne(uri).getMessage().getHeader(SignaportConstants.LOW_QUOTA)).isEqualTo(true);
            assertThat(warnings(log)).hasSize(2);

            Exchange quota = call("signaport:check-quota?lowQuotaThreshold=5");
            assertThat(quota.getMessage().getHeader(SignaportConstants.LOW_QUOTA)).isEqualTo(true);
        }
    }

    private static List<String> warnings(LogCapture log) {
        List<String> w = new ArrayList<>();
        for (String line : log.lines()) {
            if (line.startsWith(SignaportProducer.class.getName())) {
                w.add(line);
            }
        }
        return w;
    }

    @Test
    void theHealthCheckIsUpWhileTheLicenceCanIssueTokensAndCostsNoQuota() throws Exception {
        Producer producer = healthChecked("signaport:get-token?lowQuotaThreshold=100");
        try {
            HealthCheck.Result up = readiness();
            assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(up.getDetails()).containsEntry("remainingQuota", SignaportSimulator.INITIAL_QUOTA)
                    .containsEntry("organizationName", SignaportSimulator.ORGANIZATION)
                    .containsEntry("lowQuota", false);
            assertThat(server.requestCount(SignaportSimulator.GET_TOKEN_PATH)).isZero();
            assertThat(server.requestCount(SignaportSimulator.CHECK_QUOTA_PATH + SignaportSimulator.LICENSE_KEY))
                    .isPositive();
        } finally {
            producer.stop();
        }
    }

    @Test
    void theHealthCheckIsDownWhenTheQuotaIsSpent() throws Exception {
        signaport.license(SignaportSimulator.LICENSE_KEY).quota(100, 0);
        assertDown("signaport:get-token", "QUOTA_EXCEEDED");
    }

    @Test
    void theHealthCheckIsDownWhenTheLicenceIsInactive() throws Exception {
        signaport.license(SignaportSimulator.LICENSE_KEY).active(false);
        assertDown("signaport:get-token", "LICENSE_INACTIVE");
    }

    @Test
    void theHealthCheckIsDownWhenTheLicenceHasExpired() throws Exception {
        Instant end = signaport.license(SignaportSimulator.LICENSE_KEY).expiresAt();
        clock.advance(Duration.between(clock.instant(), end).plusSeconds(1));
        assertDown("signaport:check-quota", "LICENSE_EXPIRED");
    }

    @Test
    void theHealthCheckIsDownWhenSignaportCannotBeReached() throws Exception {
        assertDown("signaport:get-token?baseUrl=http://127.0.0.1:1", null);
    }

    private void assertDown(String uri, String code) throws Exception {
        Producer producer = healthChecked(uri);
        try {
            HealthCheck.Result down = readiness();
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            if (code != null) {
                assertThat(down.getDetails()).containsEntry("provider.code", code);
                assertThat(down.getMessage()).get().asString().contains(code);
            }
            assertThat(server.requestCount(SignaportSimulator.GET_TOKEN_PATH)).isZero();
        } finally {
            producer.stop();
        }
    }

    private Producer healthChecked(String uri) throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.setEnabled(true);
        // producer health checks are off by default in Camel (camel.health.producersEnabled)
        HealthCheckHelper.getHealthCheckRepository(context, "producers", HealthCheckRepository.class).setEnabled(true);
        Producer producer = context.getEndpoint(uri).createProducer();
        producer.start();
        return producer;
    }

    private HealthCheck.Result readiness() {
        Collection<HealthCheck.Result> all = HealthCheckHelper.invokeReadiness(context);
        List<HealthCheck.Result> producers = new ArrayList<>();
        for (HealthCheck.Result r : all) {
            if (r.getCheck().getId().startsWith("producer:signaport")) {
                producers.add(r);
            }
        }
        assertThat(producers).hasSize(1);
        return producers.get(0);
    }
}
