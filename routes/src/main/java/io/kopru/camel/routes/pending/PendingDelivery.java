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

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message whose delivery is still being followed. Either <b>tracked</b> (the provider accepted it and gave an id; the
 * poll asks for its status until every recipient's is final) or <b>parked</b> (the send's outcome is unknown: a
 * timeout after the request left; the poll asks the provider whether it accepted it, without sending it again).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PendingDelivery {

    public enum State {
        TRACKED,
        PARKED
    }

    private final String provider;
    private final String messageId;
    private final State state;
    private final Instant since;
    private final Instant lastPolledAt;
    /** The key of a status reported for the message as a whole, without a recipient. */
    public static final String WHOLE_MESSAGE = "";

    private final Map<String, DeliveryStatus> statuses;
    private final SmsMessage message;
    private final String attemptKey;
    private final Integer recipientCount;

    public PendingDelivery(String provider, String messageId, State state, Instant since, Instant lastPolledAt,
                           Map<String, DeliveryStatus> statuses, SmsMessage message, String attemptKey) {
        this(provider, messageId, state, since, lastPolledAt, statuses, message, attemptKey, null);
    }

    @JsonCreator
    public PendingDelivery(@JsonProperty("provider") String provider, @JsonProperty("messageId") String messageId,
                           @JsonProperty("state") State state, @JsonProperty("since") Instant since,
                           @JsonProperty("lastPolledAt") Instant lastPolledAt,
                           @JsonProperty("statuses") Map<String, DeliveryStatus> statuses,
                           @JsonProperty("message") SmsMessage message,
                           @JsonProperty("attemptKey") String attemptKey,
                           @JsonProperty("recipientCount") Integer recipientCount) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.state = Objects.requireNonNull(state, "state");
        this.since = Objects.requireNonNull(since, "since");
        this.lastPolledAt = lastPolledAt;
        this.statuses = statuses == null ? Map.of() : Map.copyOf(statuses);
        this.message = message;
        this.attemptKey = attemptKey;
        this.recipientCount = recipientCount;
    }

    /** An accepted message to follow until final. */
    public static PendingDelivery tracked(String provider, String messageId, Instant acceptedAt) {
        return new PendingDelivery(provider, messageId, State.TRACKED, acceptedAt, null, null, null, null);
    }

    /**
     * An accepted message to follow until final, sent to {@code recipientCount} recipients: what lets pushed reports
     * tell when every recipient's status is final (see {@link #pushed}).
     */
    public static PendingDelivery tracked(String provider, String messageId, Instant acceptedAt, int recipientCount) {
        return new PendingDelivery(provider, messageId, State.TRACKED, acceptedAt, null, null, null, null,
                recipientCount > 0 ? recipientCount : null);
    }

    /** A send whose outcome is unknown, to reconcile with the provider. */
    public static PendingDelivery parked(String provider, SmsMessage message, Instant attemptedAt) {
        return new PendingDelivery(provider, "parked-" + UUID.randomUUID(), State.PARKED, attemptedAt, null, null,
                message, null);
    }

    /**
     * A send whose outcome is unknown, of the message with this attempt key. The local id is derived from the key, so
     * parking the same attempt twice (after a crash between the two) yields one entry, not two.
     */
    public static PendingDelivery parked(String provider, SmsMessage message, Instant attemptedAt, String attemptKey,
                                         int index) {
        String id = "parked-" + UUID.nameUUIDFromBytes((attemptKey + '\u0000' + index).getBytes(StandardCharsets.UTF_8));
        return new PendingDelivery(provider, id, State.PARKED, attemptedAt, null, null, message, attemptKey);
    }

    public String getProvider() {
        return provider;
    }

    /** The provider's id, or a local {@code parked-...} id while parked. */
    public String getMessageId() {
        return messageId;
    }

    public State getState() {
        return state;
    }

    /** When it was accepted (tracked) or attempted (parked). */
    public Instant getSince() {
        return since;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    /** The last status seen per recipient. */
    public Map<String, DeliveryStatus> getStatuses() {
        return statuses;
    }

    /** The message, while parked. */
    public SmsMessage getMessage() {
        return message;
    }

    /** The key of the send attempt a parked entry belongs to; null for entries parked without one. */
    public String getAttemptKey() {
        return attemptKey;
    }

    /** How many recipients the message was accepted for; null when not known. */
    public Integer getRecipientCount() {
        return recipientCount;
    }

    @JsonIgnore
    public boolean isFinal() {
        return state == State.TRACKED && !statuses.isEmpty() && statuses.values().stream().allMatch(DeliveryStatus::isFinal);
    }

    public PendingDelivery polled(Instant at, Map<String, DeliveryStatus> newStatuses) {
        Map<String, DeliveryStatus> merged = new LinkedHashMap<>(statuses);
        merged.putAll(newStatuses);
        // a report for no recipient in particular (Mobildev's "02": not processed yet) stands for the whole message
        // only until reports per recipient arrive; left behind, it would hold the delivery pending until it expired
        if (newStatuses.keySet().stream().anyMatch(recipient -> !WHOLE_MESSAGE.equals(recipient))) {
            merged.remove(WHOLE_MESSAGE);
        }
        return new PendingDelivery(provider, messageId, state, since, at, merged, message, attemptKey, recipientCount);
    }

    /**
     * The key of {@code recipient} in {@link #getStatuses()}: the key a poll recorded for the same number, however
     * the provider wrote it there, else the number as given. So that a pushed status and a polled one of the same
     * recipient are one status, under one report id.
     */
    public String recipientKey(String recipient) {
        String wanted = e164(recipient);
        for (String key : statuses.keySet()) {
            if (key.equals(recipient) || (wanted != null && wanted.equals(e164(key)))) {
                return key;
            }
        }
        return recipient;
    }

    private static String e164(String number) {
        if (number == null || PhoneNumbers.check(number, PhoneNumbers.Scope.ANY_MOBILE) != null) {
            return null;
        }
        return PhoneNumbers.format(number, PhoneNumbers.Style.E164);
    }

    /**
     * With a status a provider pushed for one recipient (its {@link #recipientKey}); the last poll time stays, so the
     * poll's schedule does not change.
     */
    public PendingDelivery pushed(String recipientKey, DeliveryStatus status) {
        Map<String, DeliveryStatus> merged = new LinkedHashMap<>(statuses);
        merged.remove(WHOLE_MESSAGE);
        merged.put(recipientKey, status);
        return new PendingDelivery(provider, messageId, state, since, lastPolledAt, merged, message, attemptKey,
                recipientCount);
    }

    /**
     * Whether pushed reports alone show the delivery final: every one of its {@link #getRecipientCount} recipients
     * has a final status. Unknown when the count is not known: then the poll decides, as it does without pushes.
     */
    @JsonIgnore
    public boolean isFinalByPush() {
        return isFinal() && recipientCount != null && statuses.size() >= recipientCount;
    }

    /** The parked message turned out accepted, under this id. */
    public PendingDelivery reconciled(String providerMessageId, Instant at) {
        Integer count = message == null ? null : (int) message.getTo().stream().distinct().count();
        return new PendingDelivery(provider, providerMessageId, State.TRACKED, since, at, null, null, null, count);
    }

    @Override
    public String toString() {
        return "PendingDelivery[" + provider + ":" + messageId + ", " + state + ", since " + since + "]";
    }
}
