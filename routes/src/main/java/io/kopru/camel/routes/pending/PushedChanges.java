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
import io.kopru.camel.support.sms.DeliveryStatus;

/** What a pushed report changes of a delivery: the rule both stores apply. */
final class PushedChanges {

    private PushedChanges() {
    }

    /**
     * @return the change as the outbox records it (the recipient under the key a poll gave it, so that the report id
     * is the one a poll of the same change gives), or null when the push changes nothing: the delivery is not followed
     * (or parked), the recipient already has that status, or already a final one
     */
    static DeliveryReport change(PendingDelivery delivery, DeliveryReport pushed) {
        if (delivery == null || delivery.getState() != PendingDelivery.State.TRACKED) {
            return null;
        }
        String recipient = delivery.recipientKey(pushed.getRecipient());
        DeliveryStatus known = delivery.getStatuses().get(recipient);
        if (known == pushed.getStatus() || (known != null && known.isFinal())) {
            return null;
        }
        return new DeliveryReport(pushed.getProvider(), pushed.getMessageId(), recipient, pushed.getStatus(),
                pushed.getProviderStatusCode(), pushed.getTime());
    }
}
