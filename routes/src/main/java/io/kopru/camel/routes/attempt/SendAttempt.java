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
package io.kopru.camel.routes.attempt;

import java.time.Instant;
import java.util.List;

/**
 * What is known of one message's send, recorded before the send leaves: the key that names the message, the provider
 * asked last, a hash of its recipients and text, and how it ended.
 */
public final class SendAttempt {

    public enum State {
        /** A provider is being asked; a crash here leaves the outcome unknown. */
        SENDING,
        /** A provider accepted it (its ids are known). */
        ACCEPTED,
        /** The outcome is unknown and the message is parked, to be reconciled with the provider. */
        PARKED,
        /** Every provider asked certainly did not send it: it may be sent again. */
        NOT_SENT
    }

    /** What a send that finds this record may do. */
    public enum Outcome {
        /** No earlier attempt, or one that certainly sent nothing: send (the record now says SENDING). */
        SEND,
        /** Already accepted: report it as sent, never send again. */
        ALREADY_ACCEPTED,
        /** An earlier attempt may have been accepted (its node stopped mid-send): park it, never send blindly. */
        OUTCOME_UNKNOWN,
        /** Already parked: the poll reconciles it. */
        ALREADY_PARKED,
        /** The key names a different message (other recipients or text): refused. */
        KEY_REUSED
    }

    private final String key;
    private final String provider;
    private final String contentHash;
    private final State state;
    private final List<String> messageIds;
    private final Instant createdAt;

    public SendAttempt(String key, String provider, String contentHash, State state, List<String> messageIds,
                       Instant createdAt) {
        this.key = key;
        this.provider = provider;
        this.contentHash = contentHash;
        this.state = state;
        this.messageIds = messageIds == null ? List.of() : List.copyOf(messageIds);
        this.createdAt = createdAt;
    }

    /** What a new send of a message with this hash may do, given this earlier attempt. */
    public Outcome outcomeFor(String hash) {
        if (!contentHash.equals(hash)) {
            return Outcome.KEY_REUSED;
        }
        switch (state) {
            case NOT_SENT:
                return Outcome.SEND;
            case ACCEPTED:
                return Outcome.ALREADY_ACCEPTED;
            case PARKED:
                return Outcome.ALREADY_PARKED;
            default:
                return Outcome.OUTCOME_UNKNOWN;
        }
    }

    public String getKey() {
        return key;
    }

    public String getProvider() {
        return provider;
    }

    public String getContentHash() {
        return contentHash;
    }

    public State getState() {
        return state;
    }

    public List<String> getMessageIds() {
        return messageIds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "SendAttempt[" + key + ", " + provider + ", " + state + "]";
    }
}
