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

import io.kopru.camel.sandbox.junit.LogCapture;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API key's expiry (a warning in the days before, DOWN after) and the consent's token, as producer health. */
class MobildevHealthTest extends MobildevTestSupport {

    private static final Instant VALID_UNTIL = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void enableProducerHealthChecks() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).as("camel-health is on the class path").isNotNull();
        producers.setEnabled(true);
    }

    @Test
    void theDaysBeforeTheKeyExpiresTheProducerWarnsOnceADayAndStaysUp() {
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 3; i++) {
                ok("mobildev:send?apiKeyValidUntil=" + VALID_UNTIL, "x", Map.of(SmsHeaders.TO, "5321234567"));
            }
            assertThat(log.lines().stream().filter(l -> l.contains("The mobildev API key expires at " + VALID_UNTIL)))
                    .hasSize(1).allSatisfy(l -> assertThat(l).contains("Süre Uzat", "in 2 day(s)"));
        }
        HealthCheck.Result result = producerHealth();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("apiKeyValidUntil", VALID_UNTIL.toString())
                .containsEntry("apiKeyDaysLeft", 2L);
    }

    @Test
    void longBeforeExpiryNothingIsLogged() {
        try (LogCapture log = new LogCapture()) {
            ok("mobildev:send?apiKeyValidUntil=" + Instant.now().plus(Duration.ofDays(60)), "x",
                    Map.of(SmsHeaders.TO, "5321234567"));
            assertThat(log.text()).doesNotContain("API key expires");
        }
        assertThat(producerHealth().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void afterTheKeyExpiredTheHealthCheckIsDown() {
        context.getRegistry().bind("fourDaysLater", Clock.offset(Clock.systemUTC(), Duration.ofDays(4)));
        try (LogCapture log = new LogCapture()) {
            // the producer still sends: Mobildev decides, and a key extended in the panel keeps working
            call("mobildev:send?apiKeyValidUntil=" + VALID_UNTIL + "", "x",
                    Map.of(SmsHeaders.TO, "5321234567"));
            assertThat(log.text()).contains("The mobildev API key expired at " + VALID_UNTIL);
        }
        HealthCheck.Result result = producerHealth();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("api_key_expired"));
        assertThat(result.getDetails()).containsEntry("provider.code", "api_key_expired");
    }

    @Test
    void aCampaignEndpointIsDownUntilAPersonAuthorizesAndUpAfter() {
        assertThat(call("mobildev:campaign-send", "x", Map.of(SmsHeaders.TO, "5321234567")).getException())
                .isNotNull();
        assertThat(producerHealth().getState()).isEqualTo(HealthCheck.State.DOWN);

        authorize();
        HealthCheck.Result result = producerHealth();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("token.scope", "sms:campaign sms:report");
    }

    /** The one mobildev producer check (authorize-url and exchange-code have none: they hold nothing to check). */
    private HealthCheck.Result producerHealth() {
        java.util.List<HealthCheck.Result> mine = HealthCheckHelper.invoke(context).stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:mobildev-")).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }
}
