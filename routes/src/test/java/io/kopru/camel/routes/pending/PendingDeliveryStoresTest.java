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

import io.kopru.camel.routes.outbox.QueuedReport;
import io.kopru.camel.routes.outbox.ReportOutbox;
import io.kopru.camel.support.sms.DeliveryReport;

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

    @Test
    void inMemoryPushes() {
        InMemoryPendingDeliveryStore store = new InMemoryPendingDeliveryStore();
        exercisePushes(store, store.outbox());
    }

    @Test
    void inMemoryAPollThatRacedAFinishingPushNeitherBringsTheDeliveryBackNorPublishesAgain() {
        InMemoryPendingDeliveryStore store = new InMemoryPendingDeliveryStore();
        store.put(PendingDelivery.tracked("iletimerkezi", "12", T0, 1));
        PendingDelivery claimed = store.claim(10).get(0);
        DeliveryReport pushed = report("12", "+905321234567", DeliveryStatus.DELIVERED, "delivered");
        assertThat(store.pushed(pushed)).isNotNull();
        store.outbox().claim(10).forEach(q -> store.outbox().published(q.getReportId()));

        // the poll that claimed it before the push ends now, having seen the same change
        DeliveryReport polled = report("12", "+905321234567", DeliveryStatus.DELIVERED, "111");
        store.complete(claimed, claimed.polled(T0.plusSeconds(1), Map.of("+905321234567", DeliveryStatus.DELIVERED)),
                List.of(polled));

        assertThat(store.size()).isZero();
        assertThat(store.outbox().unpublished()).isZero();
    }

    static DeliveryReport report(String id, String recipient, DeliveryStatus status, String code) {
        return new DeliveryReport("iletimerkezi", id, recipient, status, code, T0);
    }

    /** Pushed reports, as both stores must record them; {@code outbox} is the store's. */
    static void exercisePushes(PendingDeliveryStore store, ReportOutbox outbox) {
        store.put(PendingDelivery.tracked("iletimerkezi", "10", T0, 2));
        store.put(PendingDelivery.tracked("iletimerkezi", "11", T0));

        DeliveryReport accepted = store.pushed(report("10", "+905321234567", DeliveryStatus.PENDING, "accepted"));
        // the id a poll of the same change gives
        assertThat(QueuedReport.idOf(accepted)).isEqualTo("iletimerkezi:10:+905321234567:PENDING");
        assertThat(store.pushed(report("10", "+905321234567", DeliveryStatus.PENDING, "accepted")))
                .as("repeated").isNull();

        // the same recipient written another way is the same recipient
        DeliveryReport delivered = store.pushed(report("10", "905321234567", DeliveryStatus.DELIVERED, "delivered"));
        assertThat(QueuedReport.idOf(delivered)).isEqualTo("iletimerkezi:10:+905321234567:DELIVERED");
        assertThat(store.pushed(report("10", "+905321234567", DeliveryStatus.PENDING, "accepted")))
                .as("late: a final status stays").isNull();
        assertThat(store.due(10)).extracting(PendingDelivery::getMessageId).as("one of two recipients final")
                .contains("10");

        assertThat(store.pushed(report("10", "+905321234599", DeliveryStatus.UNDELIVERED, "undelivered")))
                .isNotNull();
        assertThat(store.due(10)).extracting(PendingDelivery::getMessageId).as("every recipient final: not polled")
                .containsExactly("11");
        assertThat(store.pushed(report("10", "+905321234567", DeliveryStatus.DELIVERED, "delivered")))
                .as("no longer followed").isNull();

        // without the recipient count, a final push does not end the delivery: the poll decides
        assertThat(store.pushed(report("11", "+905321234567", DeliveryStatus.DELIVERED, "delivered"))).isNotNull();
        assertThat(store.due(10)).extracting(PendingDelivery::getMessageId).containsExactly("11");
        assertThat(store.pushed(report("nope", "+905321234567", DeliveryStatus.DELIVERED, "delivered"))).isNull();

        assertThat(outbox.claim(10)).extracting(QueuedReport::getReportId).containsExactlyInAnyOrder(
                "iletimerkezi:10:+905321234567:PENDING", "iletimerkezi:10:+905321234567:DELIVERED",
                "iletimerkezi:10:+905321234599:UNDELIVERED", "iletimerkezi:11:+905321234567:DELIVERED");
        store.remove("iletimerkezi", "11");
    }
}
