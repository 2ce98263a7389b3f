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
import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PendingDeliveryStoresTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void inMemory() {
        InMemoryPendingDeliveryStore store = new InMemoryPendingDeliveryStore();
        exercise(store);
    }

    @Test
    void inMemoryClaimsAreExclusiveUntilCompleted() {
        InMemoryPendingDeliveryStore store = new InMemoryPendingDeliveryStore();
        store.put(PendingDelivery.tracked("iletimerkezi", "1", T0));
        List<PendingDelivery> first = store.claim(10);
        assertThat(first).hasSize(1);
        assertThat(store.claim(10)).as("claimed by the first round").isEmpty();
        store.complete(first.get(0), first.get(0).polled(T0.plusSeconds(1), Map.of()), List.of());
        assertThat(store.claim(10)).hasSize(1);
    }

    @Test
    void parkingTheSameAttemptTwiceGivesOneEntry() {
        SmsMessage message = SmsMessage.of("metin", "5321234567");
        assertThat(PendingDelivery.parked("iletimerkezi", message, T0, "key-1", 0).getMessageId())
                .isEqualTo(PendingDelivery.parked("iletimerkezi", message, T0, "key-1", 0).getMessageId())
                .isNotEqualTo(PendingDelivery.parked("iletimerkezi", message, T0, "key-2", 0).getMessageId());
    }

    static void exercise(PendingDeliveryStore store) {
        PendingDelivery a = PendingDelivery.tracked("iletimerkezi", "1", T0);
        PendingDelivery b = PendingDelivery.tracked("mobildev", "2", T0.plusSeconds(1));
        PendingDelivery parked = PendingDelivery.parked("iletimerkezi", SmsMessage.of("metin", "5321234567"),
                T0.plusSeconds(2), "key-1", 0);
        store.put(a);
        store.put(b);
        store.put(parked);
        assertThat(store.size()).isEqualTo(3);

        // least recently polled first: a polled now goes last
        store.put(a.polled(T0.plusSeconds(10), Map.of("+905321234567", DeliveryStatus.PENDING)));
        assertThat(store.due(10)).extracting(PendingDelivery::getMessageId)
                .containsExactly("2", parked.getMessageId(), "1");
        assertThat(store.due(1)).hasSize(1);

        PendingDelivery readBack = store.due(10).stream().filter(d -> d.getState() == PendingDelivery.State.PARKED)
                .findFirst().orElseThrow();
        assertThat(readBack.getMessage().getText()).isEqualTo("metin");
        assertThat(readBack.getMessage().getTo()).containsExactly("5321234567");
        assertThat(readBack.getAttemptKey()).isEqualTo("key-1");

        store.remove("iletimerkezi", "1");
        store.remove("mobildev", "2");
        store.remove("iletimerkezi", parked.getMessageId());
        assertThat(store.size()).isZero();
    }
}
