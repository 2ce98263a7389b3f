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

    /**
     * Records a status the provider pushed for one recipient of a tracked delivery, as one change: the delivery's
     * status of that recipient and, when it is new, the change in the report outbox, under the report id a poll of the
     * same change would give. A delivery every recipient of which is then final ({@link PendingDelivery#isFinalByPush})
     * leaves the store: it is no longer polled. Nothing is recorded for a delivery the store does not follow, for a
     * status the recipient already has, or for a recipient whose status is already final (a late or repeated push).
     *
     * @param pushed the report, its message id the delivery's (the id the send returned)
     * @return the change recorded, or null when there was none
     */
    DeliveryReport pushed(DeliveryReport pushed);

    void remove(String provider, String messageId);

    int size();
}
