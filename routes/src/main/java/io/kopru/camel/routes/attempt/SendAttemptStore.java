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

import java.util.List;

/**
 * The send attempts, one per message key. {@link #begin} is committed before the send leaves, so a message that
 * arrives again (a broker's redelivery to another node after a crash, or a second submission with the same key) finds
 * it. In memory for one node ({@link InMemorySendAttemptStore}); in PostgreSQL for a cluster
 * ({@link PostgresSendAttemptStore}).
 */
public interface SendAttemptStore {

    /**
     * Records an attempt to send the message {@code key} through {@code provider}, or finds the earlier one. Atomic:
     * of two nodes beginning the same key at once, one gets {@link SendAttempt.Outcome#SEND}.
     *
     * @return what the caller may do, and the earlier attempt (null when there was none)
     */
    Begun begin(String key, String provider, String contentHash);

    /** The send moves to another provider (the previous one certainly did not send it). */
    void switchProvider(String key, String provider);

    void accepted(String key, String provider, List<String> messageIds);

    void parked(String key, String provider);

    /** Every provider asked certainly did not send it. */
    void notSent(String key);

    /**
     * A parked message the provider never accepted may be sent again: PARKED becomes NOT_SENT. False when the attempt
     * is no longer parked (another node released it first, or it was accepted meanwhile).
     */
    boolean release(String key);

    SendAttempt find(String key);

    /** The outcome of {@link #begin}. */
    final class Begun {
        public final SendAttempt.Outcome outcome;
        public final SendAttempt earlier;

        public Begun(SendAttempt.Outcome outcome, SendAttempt earlier) {
            this.outcome = outcome;
            this.earlier = earlier;
        }
    }
}
