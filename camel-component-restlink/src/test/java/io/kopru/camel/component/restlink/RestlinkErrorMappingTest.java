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
package io.kopru.camel.component.restlink;

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.restlink.RestlinkApiKey;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Restlink's answers and transport failures come back as the right typed errors, honest about what was sent. */
class RestlinkErrorMappingTest extends RestlinkTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5321234567");

    @Test
    void aRevokedKeyIsInvalidApiKey() {
        restlink.apiKey(RestlinkSimulator.API_KEY).revoke();
        ProviderException e = failure("restlink:send?" + API_KEY_MODE, "hi", TO);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getProviderCode()).isEqualTo("INVALID_API_KEY");
        assertThat(e.getRemedy()).contains("Settings > API Keys");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void aKeyWithoutThePermissionIs403() {
        restlink.addApiKey("sk_test_send_only", null, RestlinkApiKey.SEND);
        ProviderException e = failure("restlink:stats?apiKey=sk_test_send_only", null, Map.of());
        assertThat(e).isInstanceOf(ProviderAuthorizationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(403);
        assertThat(e.getProviderCode()).isEqualTo("INSUFFICIENT_PERMISSIONS");
        assertThat(e.getProviderMessage()).contains("sms:stats");
    }

    @Test
    void noBalanceIs402() {
        restlink.setCredits(0);
        ProviderException e = failure("restlink:send?" + SIGNED_MODE, "hi", TO);
        assertThat(e).isInstanceOf(ProviderQuotaException.class);
        assertThat(e.getProviderCode()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void tooManyRequestsIs429WithTheWaitTheApiAskedFor() {
        restlink.setRateLimit(1, Duration.ofMinutes(1));
        ok("restlink:stats?" + API_KEY_MODE, null, Map.of());
        ProviderException e = failure("restlink:stats?" + API_KEY_MODE, null, Map.of());
        assertThat(e).isInstanceOfSatisfying(ProviderRateLimitException.class, r -> {
            assertThat(r.getProviderCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
            assertThat(r.getRetryAfter()).isPresent();
            assertThat(r.getRateLimit().limit()).contains(1L);
        });
    }

    @Test
    void anUnavailableApiIs503AndCertainlyNotSent() {
        restlink.setUnavailable(true);
        ProviderException e = failure("restlink:send?" + API_KEY_MODE, "hi", TO);
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.getProviderCode()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void aConnectionDroppedAfterTheSendWasAcceptedIsAmbiguous() {
        server.inject(Fault.DROP_AFTER_PROCESSING, "/api/v1/sms/send", 1);
        ProviderException e = failure("restlink:send?" + SIGNED_MODE, "hi", TO);
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.isDefinitelyNotSent()).isFalse();
        assertThat(restlink.acceptedMessages()).as("it was in fact accepted").hasSize(1);
        assertThat(server.requestCount("/api/v1/sms/send")).as("and never repeated").isEqualTo(1);
    }

    @Test
    void aServerErrorOnASendIsAmbiguousButOnAQueryItIsUnavailable() {
        server.inject(Fault.STATUS_500, 2);
        assertThat(failure("restlink:send?" + API_KEY_MODE, "hi", TO))
                .isInstanceOf(ProviderAmbiguousResultException.class);
        ProviderException e = failure("restlink:stats?" + API_KEY_MODE, null, Map.of());
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.getProviderCode()).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void anUnreadableAnswerToASendIsAmbiguous() {
        server.inject(Fault.MALFORMED_RESPONSE, "/api/v1/sms/send", 1);
        ProviderException e = failure("restlink:send?" + JWT_MODE, "hi", TO);
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(restlink.acceptedMessages()).hasSize(1);
    }

    @Test
    void aConnectionRefusedIsUnavailableAndCertainlyNotSent() {
        ProviderException e = failure("restlink:send?" + API_KEY_MODE + "&baseUrl=http://127.0.0.1:1&connectTimeout=2000",
                "hi", TO);
        assertThat(e).isInstanceOf(ProviderUnavailableException.class);
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }
}
