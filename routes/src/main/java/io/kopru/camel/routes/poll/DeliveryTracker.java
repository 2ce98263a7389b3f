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

import io.kopru.camel.routes.attempt.SendAttempt;
import io.kopru.camel.routes.attempt.SendAttemptStore;
import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderPartiallySentException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsRequests;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The send route's bookkeeping. Before a send leaves, {@link #begin} records its attempt (a message that finds an
 * earlier attempt is never sent blindly: it is reported as already sent, or parked for reconciliation). After it, an
 * accepted message is tracked until its delivery is final; a send whose outcome is unknown is parked, with the
 * message, for the poll to reconcile with the provider. Never both, and never a resend from here.
 */
public final class DeliveryTracker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryTracker.class);
    /** Exchange property holding the message as it was before the first attempt (a send replaces the body). */
    public static final String ORIGINAL_MESSAGES = "KopruOriginalMessages";
    /** Exchange property holding the body as it arrived, for the dead-letter endpoint. */
    public static final String ORIGINAL_BODY = "KopruOriginalBody";
    /** Exchange property: the key of the send attempt. */
    public static final String ATTEMPT_KEY = "KopruAttemptKey";
    /** Exchange property set when the send was parked. */
    public static final String PARKED = "KopruParked";
    /** Exchange property set when nothing is to be sent: already accepted, already parked, or refused. */
    public static final String SETTLED = "KopruSettled";
    /** Exchange property: the dead-letter endpoint a message refused for bad input goes to. */
    public static final String DEAD_LETTER = "KopruDeadLetter";
    /** Header of a dead-lettered message: the simple name of the typed error. */
    public static final String ERROR = "KopruError";
    /** Header of a dead-lettered message: the error's message. */
    public static final String ERROR_MESSAGE = "KopruErrorMessage";

    private final PendingDeliveryStore store;
    private final SendAttemptStore attempts;
    private final Clock clock;
    private String primaryProvider = "iletimerkezi";
    private String secondaryProvider = "mobildev";
    private String deadLetterEndpoint;

    public DeliveryTracker(PendingDeliveryStore store, SendAttemptStore attempts, Clock clock) {
        this.store = store;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Keeps the message as it arrived and records the send attempt under the message's key
     * ({@link SmsHeaders#IDEMPOTENCY_KEY}, else the message id, which on a JMS entry is the JMS message id). When an
     * earlier attempt exists, sets {@link #SETTLED}: the message is not sent again.
     */
    @Handler
    public void begin(Exchange exchange) {
        exchange.setProperty(ORIGINAL_BODY, exchange.getMessage().getBody());
        List<SmsMessage> messages;
        try {
            messages = SmsRequests.read("route", exchange.getMessage());
        } catch (ProviderInvalidRequestException e) {
            deadLetterOrThrow(exchange, e);
            return;
        }
        exchange.setProperty(ORIGINAL_MESSAGES, messages);
        String key = exchange.getMessage().getHeader(SmsHeaders.IDEMPOTENCY_KEY, String.class);
        if (key == null || key.isBlank()) {
            key = exchange.getMessage().getMessageId();
        }
        exchange.setProperty(ATTEMPT_KEY, key);
        SendAttemptStore.Begun begun = attempts.begin(key, primaryProvider, hash(messages));
        SendAttempt earlier = begun.earlier;
        switch (begun.outcome) {
            case SEND:
                return;
            case ALREADY_ACCEPTED:
                LOG.info("message {} was already accepted by {} as {}: not sent again", key, earlier.getProvider(),
                        earlier.getMessageIds());
                exchange.getMessage().setHeader(SmsHeaders.PROVIDER, earlier.getProvider());
                exchange.getMessage().setHeader(SmsHeaders.MESSAGE_ID,
                        earlier.getMessageIds().isEmpty() ? null : earlier.getMessageIds().get(0));
                exchange.setProperty(SETTLED, true);
                return;
            case OUTCOME_UNKNOWN:
                // the node that began it stopped mid-send: the provider may have accepted it
                LOG.warn("message {} arrived again while its attempt with {} has no outcome; parked for"
                         + " reconciliation, not resent", key, earlier.getProvider());
                parkAll(exchange, earlier.getProvider(), earlier.getCreatedAt(), key, messages);
                exchange.setProperty(SETTLED, true);
                return;
            case ALREADY_PARKED:
                LOG.info("message {} arrived again and is already parked with {}", key, earlier.getProvider());
                exchange.getMessage().setHeader(SmsHeaders.PROVIDER, earlier.getProvider());
                exchange.setProperty(PARKED, true);
                exchange.setProperty(SETTLED, true);
                return;
            case KEY_REUSED:
            default:
                deadLetterOrThrow(exchange, new ProviderValidationException("route", "the idempotency key " + key
                        + " was used before for a message with other recipients or text"));
        }
    }

    /** Puts the message back as it was before the first attempt, for the next provider. */
    @SuppressWarnings("unchecked")
    public void restore(Exchange exchange) {
        List<SmsMessage> messages = exchange.getProperty(ORIGINAL_MESSAGES, List.class);
        attempts.switchProvider(exchange.getProperty(ATTEMPT_KEY, String.class), secondaryProvider);
        exchange.getMessage().setBody(messages.size() == 1 ? messages.get(0) : messages);
    }

    /** After a send that succeeded: follow its delivery (every id, when the provider split a large batch). */
    public void track(Exchange exchange) {
        String provider = exchange.getMessage().getHeader(SmsHeaders.PROVIDER, String.class);
        SmsSendResult result = exchange.getMessage().getBody(SmsSendResult.class);
        List<String> ids = result != null ? result.getMessageIds()
                : List.of(exchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        for (String id : ids) {
            // the recipients of the one order: what tells a pushed report's delivery final (several ids: unknown)
            store.put(result != null && ids.size() == 1
                    ? PendingDelivery.tracked(provider, id, clock.instant(), result.getRecipientCount())
                    : PendingDelivery.tracked(provider, id, clock.instant()));
            LOG.debug("tracking {}:{}", provider, id);
        }
        attempts.accepted(exchange.getProperty(ATTEMPT_KEY, String.class), provider, ids);
    }

    /** After a send whose outcome is unknown: park it for reconciliation. */
    @SuppressWarnings("unchecked")
    public void park(Exchange exchange) {
        ProviderException failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, ProviderException.class);
        List<SmsMessage> messages = exchange.getProperty(ORIGINAL_MESSAGES, List.class);
        String provider = failure != null ? failure.getProvider() : "unknown";
        if (failure instanceof ProviderPartiallySentException && messages.size() == 1) {
            // the parts the provider accepted are followed like any accepted send; only the rest is parked
            ProviderPartiallySentException partial = (ProviderPartiallySentException) failure;
            for (String id : partial.getAcceptedIds()) {
                store.put(PendingDelivery.tracked(provider, id, clock.instant()));
            }
            List<String> rest = new java.util.ArrayList<>(partial.getRecipientsUncertain());
            rest.addAll(partial.getRecipientsNotSent());
            LOG.warn("{} accepted a message in part ({}); the other {} recipients parked for reconciliation, not"
                     + " resent", provider, partial.getMessage(), rest.size());
            SmsMessage m = messages.get(0);
            messages = List.of(SmsMessage.builder().to(rest).text(m.getText()).sender(m.getSender())
                    .sendAt(m.getSendAt()).commercial(m.getCommercial()).recipientType(m.getRecipientType()).build());
        } else {
            LOG.warn("{} may have accepted a message (outcome unknown: {}); parked for reconciliation, not resent",
                    provider, failure == null ? "?" : failure.getClass().getSimpleName());
        }
        parkAll(exchange, provider, clock.instant(), exchange.getProperty(ATTEMPT_KEY, String.class), messages);
    }

    /**
     * After the secondary certainly did not send it either: the attempt ends as not sent. A message refused for bad
     * input goes to the dead-letter endpoint at once (a redelivery cannot cure it); any other error fails the
     * exchange, for the entry to redeliver.
     */
    public void refuse(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Exception.class);
        attempts.notSent(exchange.getProperty(ATTEMPT_KEY, String.class));
        if (failure instanceof ProviderInvalidRequestException) {
            deadLetterOrThrow(exchange, (ProviderInvalidRequestException) failure);
        } else if (failure != null) {
            throw failure;
        }
    }

    private void parkAll(Exchange exchange, String provider, Instant since, String key, List<SmsMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
            PendingDelivery parked = PendingDelivery.parked(provider, messages.get(i), since, key, i);
            store.put(parked);
            exchange.getMessage().setHeader(SmsHeaders.MESSAGE_ID, parked.getMessageId());
        }
        attempts.parked(key, provider);
        exchange.getMessage().setHeader(SmsHeaders.PROVIDER, provider);
        exchange.setProperty(PARKED, true);
    }

    private void deadLetterOrThrow(Exchange exchange, ProviderInvalidRequestException error) {
        if (deadLetterEndpoint == null || deadLetterEndpoint.isBlank()) {
            throw error;
        }
        LOG.warn("message refused for bad input ({}: {}); to {}", error.getClass().getSimpleName(), error.getMessage(),
                deadLetterEndpoint);
        exchange.getMessage().setBody(exchange.getProperty(ORIGINAL_BODY));
        exchange.getMessage().setHeader(ERROR, error.getClass().getSimpleName());
        exchange.getMessage().setHeader(ERROR_MESSAGE, error.getMessage());
        exchange.setProperty(DEAD_LETTER, deadLetterEndpoint);
        exchange.setProperty(SETTLED, true);
    }

    /** SHA-256 of every message's recipients and text. */
    public static String hash(List<SmsMessage> messages) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SmsMessage m : messages) {
                // the bytes of String.join(",", to), without the joined string (a batch has a thousand numbers)
                boolean first = true;
                for (String to : m.getTo()) {
                    if (!first) {
                        digest.update((byte) ',');
                    }
                    digest.update(String.valueOf(to).getBytes(StandardCharsets.UTF_8));
                    first = false;
                }
                digest.update((byte) '\n');
                digest.update(String.valueOf(m.getText()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scheme of each provider's send endpoint, e.g. {@code iletimerkezi}: what the attempt records name. */
    public void setProviders(String primaryEndpoint, String secondaryEndpoint) {
        this.primaryProvider = scheme(primaryEndpoint);
        this.secondaryProvider = scheme(secondaryEndpoint);
    }

    /** Where a message refused for bad input goes; empty: the exchange fails with the typed error instead. */
    public void setDeadLetterEndpoint(String deadLetterEndpoint) {
        this.deadLetterEndpoint = deadLetterEndpoint;
    }

    private static String scheme(String uri) {
        int colon = uri.indexOf(':');
        return colon < 0 ? uri : uri.substring(0, colon);
    }
}
