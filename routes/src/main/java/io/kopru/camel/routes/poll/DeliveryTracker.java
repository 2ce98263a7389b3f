package io.kopru.camel.routes.poll;

import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsRequests;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * What the send route does with an outcome: an accepted message is tracked until its delivery is final; a send whose
 * outcome is unknown is parked, with the message, for the poll to reconcile with the provider. Never both, and never
 * a resend from here.
 */
public final class DeliveryTracker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryTracker.class);
    /** Exchange property holding the message as it was before the first attempt (a send replaces the body). */
    public static final String ORIGINAL_MESSAGES = "KopruOriginalMessages";
    /** Exchange property set when the send was parked. */
    public static final String PARKED = "KopruParked";

    private final PendingDeliveryStore store;
    private final Clock clock;

    public DeliveryTracker(PendingDeliveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Keeps the message as sent, so that a failed attempt can be parked with it. */
    @Handler
    public void remember(Exchange exchange) {
        List<SmsMessage> messages = SmsRequests.read("route", exchange.getMessage());
        exchange.setProperty(ORIGINAL_MESSAGES, messages);
    }

    /** Puts the message back as it was before the first attempt, for the next provider. */
    @SuppressWarnings("unchecked")
    public void restore(Exchange exchange) {
        List<SmsMessage> messages = exchange.getProperty(ORIGINAL_MESSAGES, List.class);
        exchange.getMessage().setBody(messages.size() == 1 ? messages.get(0) : messages);
    }

    /** After a send that succeeded: follow its delivery (every id, when the provider split a large batch). */
    public void track(Exchange exchange) {
        String provider = exchange.getMessage().getHeader(SmsHeaders.PROVIDER, String.class);
        SmsSendResult result = exchange.getMessage().getBody(SmsSendResult.class);
        List<String> ids = result != null ? result.getMessageIds()
                : List.of(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        for (String id : ids) {
            store.put(PendingDelivery.tracked(provider, id, clock.instant()));
            LOG.debug("tracking {}:{}", provider, id);
        }
    }

    /** After a send whose outcome is unknown: park it for reconciliation. */
    @SuppressWarnings("unchecked")
    public void park(Exchange exchange) {
        ProviderException failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, ProviderException.class);
        List<SmsMessage> messages = exchange.getProperty(ORIGINAL_MESSAGES, List.class);
        String provider = failure != null ? failure.getProvider() : "unknown";
        for (SmsMessage message : messages) {
            PendingDelivery parked = PendingDelivery.parked(provider, message, clock.instant());
            store.put(parked);
            LOG.warn("{} may have accepted a message (outcome unknown: {}); parked as {} for reconciliation, not resent",
                    provider, failure == null ? "?" : failure.getClass().getSimpleName(), parked.getMessageId());
            exchange.getMessage().setHeader(SmsHeaders.MESSAGE_ID, parked.getMessageId());
        }
        exchange.getMessage().setHeader(SmsHeaders.PROVIDER, provider);
        exchange.setProperty(PARKED, true);
    }
}
