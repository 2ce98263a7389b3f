package io.kopru.camel.routes.pending;

import java.util.List;

/**
 * Where the messages being followed are kept between polls: in memory by default, in a database
 * ({@link JdbcPendingDeliveryStore}) where they must survive restarts or be shared by several nodes.
 */
public interface PendingDeliveryStore {

    /** Adds or replaces the entry of {@code (provider, messageId)}. */
    void put(PendingDelivery delivery);

    /** Up to {@code max} entries, least recently polled first (never polled first of all). */
    List<PendingDelivery> due(int max);

    void remove(String provider, String messageId);

    int size();
}
