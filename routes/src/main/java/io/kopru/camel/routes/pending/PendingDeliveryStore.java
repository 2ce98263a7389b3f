package io.kopru.camel.routes.pending;

import io.kopru.camel.support.sms.DeliveryReport;

import java.util.List;

/**
 * Where the messages being followed are kept between polls: in memory by default (one node), in PostgreSQL
 * ({@link PostgresPendingDeliveryStore}) where they must survive restarts or be shared by several nodes.
 */
public interface PendingDeliveryStore {

    /** Adds the entry of {@code (provider, messageId)}, or replaces it when it is not claimed by a poll. */
    void put(PendingDelivery delivery);

    /** Up to {@code max} entries, least recently polled first (never polled first of all); claims nothing. */
    List<PendingDelivery> due(int max);

    /**
     * Up to {@code max} entries due for a poll, claimed by this node: until the claim is {@link #complete completed}
     * or its lease runs out, no other node's claim returns them.
     */
    List<PendingDelivery> claim(int max);

    /**
     * The end of a claimed entry's poll, as one change: the entry is replaced by {@code next} (possibly under another
     * id, when a parked send was found accepted) or dropped when {@code next} is null, and every status change goes to
     * the report outbox, to be published under its report id.
     */
    void complete(PendingDelivery claimed, PendingDelivery next, List<DeliveryReport> changes);

    void remove(String provider, String messageId);

    int size();
}
