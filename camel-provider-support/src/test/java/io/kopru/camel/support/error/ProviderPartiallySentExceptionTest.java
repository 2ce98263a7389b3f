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
package io.kopru.camel.support.error;

import io.kopru.camel.support.ratelimit.RateLimitInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderPartiallySentExceptionTest {

    @Test
    void aRefusedPartLeavesItsRecipientsAndTheLaterOnesSafeToResendButTheWholeIsNotDefinitelyNotSent() {
        ProviderException refused = new ProviderRateLimitException(ProviderErrorDetails.of("p").httpStatus(429)
                .providerCode("rate_limit_exceeded").build(), RateLimitInfo.NONE);
        ProviderPartiallySentException e = new ProviderPartiallySentException(refused, List.of("11", "12"), 2000,
                List.of("a", "b"), List.of("c"));

        assertThat(e.isDefinitelyNotSent()).isFalse();
        assertThat(e.getAcceptedIds()).containsExactly("11", "12");
        assertThat(e.getAcceptedRecipients()).isEqualTo(2000);
        assertThat(e.getRecipientsNotSent()).containsExactly("a", "b", "c");
        assertThat(e.getRecipientsUncertain()).isEmpty();
        assertThat(e.getCause()).isSameAs(refused);
        assertThat(e.getProvider()).isEqualTo("p");
        assertThat(e.getHttpStatus()).isEqualTo(429);
        assertThat(e.getProviderCode()).isEqualTo("rate_limit_exceeded");
        assertThat(e.getMessage()).contains("partly sent", "[11, 12]");
    }

    @Test
    void anAmbiguousPartIsUncertainNotUnsent() {
        ProviderException ambiguous = new ProviderAmbiguousResultException(ProviderErrorDetails.of("p").build(), null);
        ProviderPartiallySentException e = new ProviderPartiallySentException(ambiguous, List.of("11"), 1000,
                List.of("a"), List.of("b"));

        assertThat(e.getRecipientsNotSent()).containsExactly("b");
        assertThat(e.getRecipientsUncertain()).containsExactly("a");
        assertThat(e.getMessage()).contains("outcome unknown");
    }
}
