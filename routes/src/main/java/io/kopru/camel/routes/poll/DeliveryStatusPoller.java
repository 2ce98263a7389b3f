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
package io.kopru.camel.routes.poll;

import io.kopru.camel.routes.attempt.SendAttemptStore;
import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One round of delivery-status polling, run by the Quartz route: claims a batch of pending deliveries, asks their
 * providers (through the route {@code direct:kopru-status-<provider>}, a list of up to {@code statusBatchSize} of a
 * provider's ids at a time, so that each provider is asked with the fewest calls its API allows) and records every
 * status that changed,
 * with the delivery's new state, in one change of the store, which puts the changes in the report outbox (the route
 * publishes them from there). A delivery leaves the store once every recipient's status is final, or when it is older
 * than {@code maxAge} (its pending recipients are then reported {@code EXPIRED}). A parked send is reconciled through
 * {@code direct:kopru-reconcile-<provider>}: found, it is tracked under the provider's id; not found after
 * {@code reconcileGrace}, it was not accepted and is handed back to the send route once, under its attempt key; when
 * the provider cannot be asked (the route sets {@value #RECONCILE_UNKNOWABLE}), it stays parked, never resent, until
 * {@code maxAge}.
 * <p>
 * Rounds of one node never overlap: the Quartz route is stateful, and this class refuses to start a round while one
 * runs. Rounds of several nodes take disjoint claims (see {@link PendingDeliveryStore#claim}). Each poll is written
 * to the logger {@value #JOURNAL} at DEBUG, with the node's name, for whoever must check who polled what when.
 */
public final class DeliveryStatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryStatusPoller.class);
    /** The logger of the poll journal: one DEBUG line per delivery polled. */
    public static final String JOURNAL = "io.kopru.camel.routes.poll.journal";
    private static final Logger JOURNAL_LOG = LoggerFactory.getLogger(JOURNAL);
    /** Header a reconcile route sets when its provider cannot be asked whether it accepted a message. */
    public static final String RECONCILE_UNKNOWABLE = "KopruReconcileUnknowable";
    /**
     * Header a status route may set when it asked for some ids of its list one by one and some of those queries
     * failed: a {@code Map} of each such id to its error. Those deliveries stay for the next round; the rest are
     * recorded.
     */
    public static final String STATUS_FAILED = "KopruStatusFailed";

    private final PendingDeliveryStore store;
    private final SendAttemptStore attempts;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger overlapsRefused = new AtomicInteger();
    private int batchSize = 100;
    private int statusBatchSize = 25;
    private Duration claimLease;
    private Duration maxAge = Duration.ofHours(48);
    private Duration reconcileGrace = Duration.ofMinutes(2);
    private String resubmitEndpoint = "direct:sms";
    private String node = "local";
    private CamelContext camelContext;
    private ProducerTemplate template;

    public DeliveryStatusPoller(PendingDeliveryStore store, SendAttemptStore attempts, Clock clock) {
        this.store = store;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** @return how many deliveries this round polled */
    @Handler
    public int poll(Exchange exchange) {
        if (!running.compareAndSet(false, true)) {
            overlapsRefused.incrementAndGet();
            LOG.debug("a poll is still running; this one is skipped");
            return 0;
        }
        try {
            ProducerTemplate producer = template(exchange.getContext());
            Instant claimedAt = clock.instant();
            List<PendingDelivery> claimed = store.claim(batchSize);
            int polled = 0;
            for (List<PendingDelivery> unit : units(claimed)) {
                if (claimLease != null && Duration.between(claimedAt, clock.instant()).compareTo(claimLease.dividedBy(2)) >= 0) {
                    // a claim past its lease is another node's to take: leave the rest of the batch unpolled (it is
                    // due again when its lease runs out) rather than poll what a second node may be polling too
                    LOG.debug("half the claim lease gone: {} claimed deliveries left to a later round",
                            claimed.size() - polled);
                    break;
                }
                polled += unit.size();
                for (PendingDelivery delivery : unit) {
                    JOURNAL_LOG.debug("poll {}:{} node={} at={}", delivery.getProvider(), delivery.getMessageId(),
                            node, clock.instant().toEpochMilli());
                }
                if (unit.get(0).getState() == PendingDelivery.State.PARKED) {
                    reconcile(producer, unit.get(0));
                } else {
                    follow(producer, unit);
                }
            }
            return polled;
        } finally {
            running.set(false);
        }
    }

    /**
     * What one request settles: a parked send alone; followed deliveries of one provider in lists of up to
     * {@code statusBatchSize} ids, so that a provider that answers several ids in one query (Mobildev's classic
     * Action 3, 25 ids) is asked once per list, in the order claimed.
     */
    private List<List<PendingDelivery>> units(List<PendingDelivery> claimed) {
        List<List<PendingDelivery>> units = new ArrayList<>();
        Map<String, List<PendingDelivery>> open = new LinkedHashMap<>();
        for (PendingDelivery delivery : claimed) {
            if (delivery.getState() == PendingDelivery.State.PARKED) {
                units.add(List.of(delivery));
                continue;
            }
            List<PendingDelivery> list = open.computeIfAbsent(delivery.getProvider(), p -> {
                List<PendingDelivery> l = new ArrayList<>();
                units.add(l);
                return l;
            });
            list.add(delivery);
            if (list.size() >= statusBatchSize) {
                open.remove(delivery.getProvider());
            }
        }
        return units;
    }

    private void follow(ProducerTemplate producer, List<PendingDelivery> deliveries) {
        List<String> ids = new ArrayList<>(deliveries.size());
        for (PendingDelivery delivery : deliveries) {
            ids.add(delivery.getMessageId());
        }
        List<DeliveryReport> reports;
        Map<?, ?> failed;
        try {
            Exchange answer = producer.request("direct:kopru-status-" + deliveries.get(0).getProvider(),
                    e -> e.getMessage().setBody(ids));
            if (answer.getException() != null) {
                throw answer.getException();
            }
            @SuppressWarnings("unchecked")
            List<DeliveryReport> body = answer.getMessage().getMandatoryBody(List.class);
            reports = body;
            failed = answer.getMessage().getHeader(STATUS_FAILED, Map.of(), Map.class);
        } catch (Exception e) {
            // one provider's trouble must not stop the others; the deliveries stay for the next round
            LOG.warn("cannot poll {}: {}", deliveries.size() == 1 ? deliveries.get(0)
                    : deliveries.size() + " deliveries of " + deliveries.get(0).getProvider(), e.getMessage());
            for (PendingDelivery delivery : deliveries) {
                unpolled(delivery);
            }
            return;
        }
        Instant now = clock.instant();
        Map<String, List<DeliveryReport>> byId = new LinkedHashMap<>();
        for (DeliveryReport report : reports) {
            // asked about one id, every report is about it (whatever form the provider writes the id in)
            String id = deliveries.size() == 1 ? ids.get(0) : report.getMessageId();
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(report);
        }
        for (PendingDelivery delivery : deliveries) {
            if (failed.containsKey(delivery.getMessageId())) {
                LOG.warn("cannot poll {}: {}", delivery, failed.get(delivery.getMessageId()));
                unpolled(delivery);
                continue;
            }
            try {
                follow(delivery, byId.getOrDefault(delivery.getMessageId(), List.of()), now);
            } catch (Exception e) {
                LOG.warn("cannot record the poll of {}: {}", delivery, e.getMessage());
                unpolled(delivery);
            }
        }
    }

    /** Polled without an answer: stays as it was, due again at the next round. */
    private void unpolled(PendingDelivery delivery) {
        store.complete(delivery, delivery.polled(clock.instant(), Map.of()), List.of());
    }

    private void reconcile(ProducerTemplate producer, PendingDelivery parked) {
        try {
            reconcileParked(producer, parked);
        } catch (Exception e) {
            LOG.warn("cannot poll {}: {}", parked, e.getMessage());
            unpolled(parked);
        }
    }

    private void follow(PendingDelivery delivery, List<DeliveryReport> reports, Instant now) {
        List<DeliveryReport> changes = new ArrayList<>();
        Map<String, DeliveryStatus> seen = new LinkedHashMap<>();
        for (DeliveryReport report : reports) {
            String recipient = report.getRecipient() == null ? PendingDelivery.WHOLE_MESSAGE : report.getRecipient();
            seen.put(recipient, report.getStatus());
            if (delivery.getStatuses().get(recipient) != report.getStatus()) {
                changes.add(report);
            }
        }
        PendingDelivery updated = delivery.polled(now, seen);
        if (updated.isFinal()) {
            store.complete(delivery, null, changes);
        } else if (Duration.between(delivery.getSince(), now).compareTo(maxAge) > 0) {
            updated.getStatuses().forEach((recipient, status) -> {
                if (!status.isFinal()) {
                    changes.add(new DeliveryReport(delivery.getProvider(), delivery.getMessageId(), recipient,
                            DeliveryStatus.EXPIRED, null, now));
                }
            });
            store.complete(delivery, null, changes);
            LOG.warn("stopped following {} after {}: not final", delivery, maxAge);
        } else {
            store.complete(delivery, updated, changes);
        }
    }

    private void reconcileParked(ProducerTemplate producer, PendingDelivery parked) throws Exception {
        Instant now = clock.instant();
        if (parked.getLastPolledAt() != null
            && Duration.between(parked.getSince(), now).compareTo(reconcileGrace) <= 0) {
            // asked once already and not found: the provider is asked again once the grace has passed, not every
            // round (a search of a busy account's orders costs many requests)
            store.complete(parked, parked.polled(now, Map.of()), List.of());
            return;
        }
        Exchange answer = producer.request("direct:kopru-reconcile-" + parked.getProvider(),
                e -> e.getMessage().setBody(parked));
        if (answer.getException() != null) {
            throw answer.getException();
        }
        String id = answer.getMessage().getBody(String.class);
        boolean unknowable = answer.getMessage().getHeader(RECONCILE_UNKNOWABLE, false, Boolean.class);
        String key = parked.getAttemptKey();
        if (id != null && !id.isEmpty()) {
            store.complete(parked, parked.reconciled(id, now), List.of());
            if (key != null) {
                attempts.accepted(key, parked.getProvider(), List.of(id));
            }
            LOG.info("{} had accepted parked {} as {}: following its delivery", parked.getProvider(),
                    parked.getMessageId(), id);
        } else if (unknowable) {
            // the provider cannot be asked: resending could deliver twice, so a person decides
            if (Duration.between(parked.getSince(), now).compareTo(maxAge) > 0) {
                store.complete(parked, null, List.of());
                LOG.error("parked {} could not be reconciled with {} within {}; it was not resent. Check with the"
                          + " provider whether it was delivered", parked.getMessageId(), parked.getProvider(), maxAge);
            } else {
                if (parked.getLastPolledAt() == null) {
                    LOG.warn("{} cannot tell whether it accepted parked {}; it stays parked, never resent",
                            parked.getProvider(), parked.getMessageId());
                }
                store.complete(parked, parked.polled(now, Map.of()), List.of());
            }
        } else if (Duration.between(parked.getSince(), now).compareTo(reconcileGrace) > 0) {
            // the provider lists no such message well after the attempt: it was not accepted, so sending it once
            // more cannot deliver it twice. The attempt is released first (only one node wins that), the message
            // handed back under its key, and the parked entry dropped last: a crash in between leaves it parked.
            if (key == null || attempts.release(key)) {
                LOG.warn("{} never accepted parked {}; sending it again through {}", parked.getProvider(),
                        parked.getMessageId(), resubmitEndpoint);
                resubmit(producer, parked.getMessage(), key);
            }
            store.complete(parked, null, List.of());
        } else {
            store.complete(parked, parked.polled(now, Map.of()), List.of());
        }
    }

    /**
     * Under its attempt key. A plain message (recipients, text, sender) goes as text and headers, which any entry
     * carries, a JMS queue included; one with more (a send time, İYS flags) goes as the {@link SmsMessage} itself.
     */
    private void resubmit(ProducerTemplate producer, SmsMessage message, String key) {
        Map<String, Object> headers = new LinkedHashMap<>();
        if (key != null) {
            headers.put(SmsHeaders.IDEMPOTENCY_KEY, key);
        }
        boolean plain = message.getSendAt() == null && message.getCommercial() == null
                        && message.getRecipientType() == null;
        if (!plain) {
            producer.sendBodyAndHeaders(resubmitEndpoint, message, headers);
            return;
        }
        headers.put(SmsHeaders.TO, String.join(",", message.getTo()));
        if (message.getSender() != null) {
            headers.put(SmsHeaders.SENDER, message.getSender());
        }
        producer.sendBodyAndHeaders(resubmitEndpoint, message.getText(), headers);
    }

    private ProducerTemplate template(CamelContext context) {
        if (template == null || camelContext != context) {
            camelContext = context;
            template = context.createProducerTemplate();
        }
        return template;
    }

    /** Rounds refused because one was still running. */
    public int getOverlapsRefused() {
        return overlapsRefused.get();
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /**
     * The most ids handed to a provider's status route in one list (25 by default: what Mobildev's classic Action 3
     * answers in one query). A list whose query fails stays, whole, for the next round.
     */
    public void setStatusBatchSize(int statusBatchSize) {
        if (statusBatchSize < 1) {
            throw new IllegalArgumentException("statusBatchSize must be at least 1, not " + statusBatchSize);
        }
        this.statusBatchSize = statusBatchSize;
    }

    /**
     * How long the store's claims hold (null: claims never run out, as in memory). A round stops polling its batch
     * once half of it is gone, so that no claim it still works on can have been taken over by another node.
     */
    public void setClaimLease(Duration claimLease) {
        this.claimLease = claimLease;
    }

    public void setMaxAge(Duration maxAge) {
        this.maxAge = maxAge;
    }

    public void setReconcileGrace(Duration reconcileGrace) {
        this.reconcileGrace = reconcileGrace;
    }

    public void setResubmitEndpoint(String resubmitEndpoint) {
        this.resubmitEndpoint = resubmitEndpoint;
    }

    /** The node's name in the poll journal. */
    public void setNode(String node) {
        this.node = node;
    }
}
