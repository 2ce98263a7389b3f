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
package io.kopru.camel.routes.push;

import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.support.sms.DeliveryReport;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the delivery reports a provider pushes (the push route, {@code delivery-push.yaml}) in the pending-delivery
 * store: a status change goes to the report outbox, under the report id a poll of the same change would give, and a
 * delivery whose every recipient is final is no longer polled. The next publishing round publishes the change; a
 * repeated or late push, or a poll that sees the same change, publishes nothing more.
 */
public final class PushedDeliveryReports {

    private static final Logger LOG = LoggerFactory.getLogger(PushedDeliveryReports.class);
    /** Header of the push route: the id of the delivery the report belongs to (the id the send returned). */
    public static final String DELIVERY_ID = "KopruDeliveryId";
    /** Header set by {@link #record}: whether the push changed anything. */
    public static final String RECORDED = "KopruPushRecorded";

    private final PendingDeliveryStore store;

    public PushedDeliveryReports(PendingDeliveryStore store) {
        this.store = store;
    }

    @Handler
    public void record(Exchange exchange) throws Exception {
        DeliveryReport report = exchange.getMessage().getMandatoryBody(DeliveryReport.class);
        String delivery = exchange.getMessage().getHeader(DELIVERY_ID, String.class);
        DeliveryReport pushed = new DeliveryReport(report.getProvider(),
                delivery == null || delivery.isBlank() ? report.getMessageId() : delivery, report.getRecipient(),
                report.getStatus(), report.getProviderStatusCode(), report.getTime());
        DeliveryReport change = store.pushed(pushed);
        if (change == null) {
            LOG.debug("pushed {} changes nothing followed", pushed);
        } else {
            LOG.debug("pushed {} recorded", change);
        }
        exchange.getMessage().setHeader(RECORDED, change != null);
    }
}
