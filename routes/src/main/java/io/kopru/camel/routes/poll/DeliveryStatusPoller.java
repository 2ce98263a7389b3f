package io.kopru.camel.routes.poll;

import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
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
 * One round of delivery-status polling, run by the Quartz route: for a batch of pending deliveries, asks each one's
 * provider (through the route {@code direct:kopru-status-<provider>}) and returns every status that changed, as
 * {@link DeliveryReport}s for the route to publish. A delivery leaves the store once every recipient's status is final,
 * or when it is older than {@code maxAge} (its pending recipients are then reported {@code EXPIRED}). A parked send is
 * reconciled through {@code direct:kopru-reconcile-<provider>}: found, it is tracked under the provider's id; not found
 * after {@code reconcileGrace}, it was not accepted and is handed back to the send route once; when the provider cannot
 * be asked (the route sets {@value #RECONCILE_UNKNOWABLE}), it stays parked, never resent, until {@code maxAge}.
 * <p>
 * Rounds never overlap: the Quartz route is stateful, and this class refuses to start a round while one runs.
 */
public final class DeliveryStatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryStatusPoller.class);
    /** Header a reconcile route sets when its provider cannot be asked whether it accepted a message. */
    public static final String RECONCILE_UNKNOWABLE = "KopruReconcileUnknowable";

    private final PendingDeliveryStore store;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger overlapsRefused = new AtomicInteger();
    private int batchSize = 100;
    private Duration maxAge = Duration.ofHours(48);
    private Duration reconcileGrace = Duration.ofMinutes(2);
    private String resubmitEndpoint = "direct:sms";
    private CamelContext camelContext;
    private ProducerTemplate template;

    public DeliveryStatusPoller(PendingDeliveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Handler
    public List<DeliveryReport> poll(Exchange exchange) {
        if (!running.compareAndSet(false, true)) {
            overlapsRefused.incrementAndGet();
            LOG.debug("a poll is still running; this one is skipped");
            return List.of();
        }
        try {
            rounds.incrementAndGet();
            ProducerTemplate producer = template(exchange.getContext());
            List<DeliveryReport> changes = new ArrayList<>();
            for (PendingDelivery delivery : store.due(batchSize)) {
                try {
                    if (delivery.getState() == PendingDelivery.State.PARKED) {
                        reconcile(producer, delivery);
                    } else {
                        changes.addAll(follow(producer, delivery));
                    }
                } catch (Exception e) {
                    // one provider's trouble must not stop the others; the delivery stays for the next round
                    LOG.warn("cannot poll {}: {}", delivery, e.getMessage());
                    store.put(delivery.polled(clock.instant(), Map.of()));
                }
            }
            return changes;
        } finally {
            running.set(false);
        }
    }

    private List<DeliveryReport> follow(ProducerTemplate producer, PendingDelivery delivery) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<DeliveryReport> reports = producer.requestBody("direct:kopru-status-" + delivery.getProvider(),
                delivery.getMessageId(), List.class);
        List<DeliveryReport> changes = new ArrayList<>();
        Map<String, DeliveryStatus> seen = new LinkedHashMap<>();
        for (DeliveryReport report : reports) {
            String recipient = report.getRecipient() == null ? "" : report.getRecipient();
            seen.put(recipient, report.getStatus());
            if (delivery.getStatuses().get(recipient) != report.getStatus()) {
                changes.add(report);
            }
        }
        PendingDelivery updated = delivery.polled(now, seen);
        if (updated.isFinal()) {
            store.remove(delivery.getProvider(), delivery.getMessageId());
        } else if (Duration.between(delivery.getSince(), now).compareTo(maxAge) > 0) {
            updated.getStatuses().forEach((recipient, status) -> {
                if (!status.isFinal()) {
                    changes.add(new DeliveryReport(delivery.getProvider(), delivery.getMessageId(), recipient,
                            DeliveryStatus.EXPIRED, null, now));
                }
            });
            store.remove(delivery.getProvider(), delivery.getMessageId());
            LOG.warn("stopped following {} after {}: not final", delivery, maxAge);
        } else {
            store.put(updated);
        }
        return changes;
    }

    private void reconcile(ProducerTemplate producer, PendingDelivery parked) throws Exception {
        Instant now = clock.instant();
        Exchange answer = producer.request("direct:kopru-reconcile-" + parked.getProvider(),
                e -> e.getMessage().setBody(parked));
        if (answer.getException() != null) {
            throw answer.getException();
        }
        String id = answer.getMessage().getBody(String.class);
        boolean unknowable = answer.getMessage().getHeader(RECONCILE_UNKNOWABLE, false, Boolean.class);
        if (id != null && !id.isEmpty()) {
            store.remove(parked.getProvider(), parked.getMessageId());
            store.put(parked.reconciled(id, now));
            LOG.info("{} had accepted parked {} as {}: following its delivery", parked.getProvider(),
                    parked.getMessageId(), id);
        } else if (unknowable) {
            // the provider cannot be asked: resending could deliver twice, so a person decides
            if (Duration.between(parked.getSince(), now).compareTo(maxAge) > 0) {
                store.remove(parked.getProvider(), parked.getMessageId());
                LOG.error("parked {} could not be reconciled with {} within {}; it was not resent. Check with the"
                          + " provider whether it was delivered", parked.getMessageId(), parked.getProvider(), maxAge);
            } else {
                if (parked.getLastPolledAt() == null) {
                    LOG.warn("{} cannot tell whether it accepted parked {}; it stays parked, never resent",
                            parked.getProvider(), parked.getMessageId());
                }
                store.put(parked.polled(now, Map.of()));
            }
        } else if (Duration.between(parked.getSince(), now).compareTo(reconcileGrace) > 0) {
            // the provider lists no such message well after the attempt: it was not accepted, so sending it once
            // more cannot deliver it twice
            store.remove(parked.getProvider(), parked.getMessageId());
            LOG.warn("{} never accepted parked {}; sending it again through {}", parked.getProvider(),
                    parked.getMessageId(), resubmitEndpoint);
            producer.sendBody(resubmitEndpoint, parked.getMessage());
        } else {
            store.put(parked.polled(now, Map.of()));
        }
    }

    private ProducerTemplate template(CamelContext context) {
        if (template == null || camelContext != context) {
            camelContext = context;
            template = context.createProducerTemplate();
        }
        return template;
    }

    /** Rounds run so far. */
    public int getRounds() {
        return rounds.get();
    }

    /** Rounds refused because one was still running. */
    public int getOverlapsRefused() {
        return overlapsRefused.get();
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
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
}
