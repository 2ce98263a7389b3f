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
package io.kopru.camel.routes.pending;

import io.kopru.camel.support.sms.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PendingDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** Mobildev answers "02" (not processed yet) for a scheduled send: a pending report with no recipient. */
    @Test
    void aStatusForTheWholeMessageGivesWayToTheRecipientsStatuses() {
        PendingDelivery notProcessedYet = PendingDelivery.tracked("mobildev", "42", T0)
                .polled(T0.plusSeconds(60), Map.of(PendingDelivery.WHOLE_MESSAGE, DeliveryStatus.PENDING));
        assertThat(notProcessedYet.isFinal()).isFalse();

        PendingDelivery delivered = notProcessedYet.polled(T0.plusSeconds(120),
                Map.of("905321234567", DeliveryStatus.DELIVERED));
        assertThat(delivered.getStatuses()).containsOnlyKeys("905321234567");
        assertThat(delivered.isFinal()).isTrue();
    }

    @Test
    void aLaterStatusForTheWholeMessageKeepsTheRecipientsStatuses() {
        PendingDelivery one = PendingDelivery.tracked("mobildev", "42", T0)
                .polled(T0.plusSeconds(60), Map.of("905321234567", DeliveryStatus.PENDING))
                .polled(T0.plusSeconds(120), Map.of(PendingDelivery.WHOLE_MESSAGE, DeliveryStatus.PENDING));
        assertThat(one.getStatuses()).containsKeys("905321234567", PendingDelivery.WHOLE_MESSAGE);
        assertThat(one.isFinal()).isFalse();
    }
}
