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

    @JsonCreator
    public PendingDelivery(@JsonProperty("provider") String provider, @JsonProperty("messageId") String messageId,
                           @JsonProperty("state") State state, @JsonProperty("since") Instant since,
                           @JsonProperty("lastPolledAt") Instant lastPolledAt,
                           @JsonProperty("statuses") Map<String, DeliveryStatus> statuses,
                           @JsonProperty("message") SmsMessage message,
                           @JsonProperty("attemptKey") String attemptKey) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.state = Objects.requireNonNull(state, "state");
        this.since = Objects.requireNonNull(since, "since");
        this.lastPolledAt = lastPolledAt;
        this.statuses = statuses == null ? Map.of() : Map.copyOf(statuses);
        this.message = message;
        this.attemptKey = attemptKey;
    }

    /** An accepted message to follow until final. */
    public static PendingDelivery tracked(String provider, String messageId, Instant acceptedAt) {
        return new PendingDelivery(provider, messageId, State.TRACKED, acceptedAt, null, null, null, null);
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
        return new PendingDelivery(provider, messageId, state, since, at, merged, message, attemptKey);
    }

    /** The parked message turned out accepted, under this id. */
    public PendingDelivery reconciled(String providerMessageId, Instant at) {
        return new PendingDelivery(provider, providerMessageId, State.TRACKED, since, at, null, null, null);
    }

    @Override
    public String toString() {
        return "PendingDelivery[" + provider + ":" + messageId + ", " + state + ", since " + since + "]";
    }
}
