package io.kopru.camel.routes.pending;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Keeps pending deliveries for the life of the JVM. */
public final class InMemoryPendingDeliveryStore implements PendingDeliveryStore {

    private final Map<String, PendingDelivery> entries = new ConcurrentHashMap<>();

    private static String key(String provider, String messageId) {
        return provider + '\u0000' + messageId;
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
    public void remove(String provider, String messageId) {
        entries.remove(key(provider, messageId));
    }

    @Override
    public int size() {
        return entries.size();
    }
}
