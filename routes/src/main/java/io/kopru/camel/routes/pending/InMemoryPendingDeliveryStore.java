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

import io.kopru.camel.routes.outbox.InMemoryReportOutbox;
import io.kopru.camel.support.sms.DeliveryReport;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps pending deliveries for the life of the JVM: one node. Its claims only keep a round from taking what another
 * round of the same JVM still holds.
 */
public final class InMemoryPendingDeliveryStore implements PendingDeliveryStore {

    private final Map<String, PendingDelivery> entries = new ConcurrentHashMap<>();
    private final Map<String, Boolean> claimed = new ConcurrentHashMap<>();
    private final InMemoryReportOutbox outbox;

    public InMemoryPendingDeliveryStore() {
        this(new InMemoryReportOutbox());
    }

    public InMemoryPendingDeliveryStore(InMemoryReportOutbox outbox) {
        this.outbox = outbox;
    }

    private static String key(String provider, String messageId) {
        return provider + '\u0000' + messageId;
    }

    /** Where {@link #complete} queues the status changes. */
    public InMemoryReportOutbox outbox() {
        return outbox;
    }

    @Override
    public void put(PendingDelivery delivery) {
        entries.put(key(delivery.getProvider(), delivery.getMessageId()), delivery);
    }

    @Override
    public List<PendingDelivery> due(int max) {
        return entries.values().stream()
                .sorted(Comparator.comparing((PendingDelivery d) -> d.getLastPolledAt() == null ? Instant.MIN
                        : d.getLastPolledAt()).thenComparing(PendingDelivery::getSince))
                .limit(max)
                .collect(Collectors.toList());
    }

    @Override
    public synchronized List<PendingDelivery> claim(int max) {
        List<PendingDelivery> due = due(Integer.MAX_VALUE).stream()
                .filter(d -> !claimed.containsKey(key(d.getProvider(), d.getMessageId())))
                .limit(max)
                .collect(Collectors.toList());
        due.forEach(d -> claimed.put(key(d.getProvider(), d.getMessageId()), true));
        return due;
    }

    @Override
    public synchronized void complete(PendingDelivery claimedEntry, PendingDelivery next, List<DeliveryReport> changes) {
        String key = key(claimedEntry.getProvider(), claimedEntry.getMessageId());
        boolean finishedMeanwhile = !entries.containsKey(key);
        entries.remove(key);
        claimed.remove(key);
        // a push finished it while it was being polled: it stays finished (the outbox drops a change seen before)
        if (next != null && !finishedMeanwhile) {
            put(next);
        }
        changes.forEach(outbox::add);
    }

    @Override
    public synchronized DeliveryReport pushed(DeliveryReport pushed) {
        String key = key(pushed.getProvider(), pushed.getMessageId());
        PendingDelivery delivery = entries.get(key);
        DeliveryReport change = PushedChanges.change(delivery, pushed);
        if (change == null) {
            return null;
        }
        PendingDelivery updated = delivery.pushed(change.getRecipient(), change.getStatus());
        if (updated.isFinalByPush()) {
            entries.remove(key);
            claimed.remove(key);
        } else {
            entries.put(key, updated);
        }
        outbox.add(change);
        return change;
    }

    @Override
    public void remove(String provider, String messageId) {
        entries.remove(key(provider, messageId));
        claimed.remove(key(provider, messageId));
    }

    @Override
    public int size() {
        return entries.size();
    }
}
