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

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The send attempts of one node, for the life of the JVM. */
public final class InMemorySendAttemptStore implements SendAttemptStore {

    private final Map<String, SendAttempt> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySendAttemptStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Begun begin(String key, String provider, String contentHash) {
        SendAttempt earlier = attempts.get(key);
        SendAttempt.Outcome outcome = earlier == null ? SendAttempt.Outcome.SEND : earlier.outcomeFor(contentHash);
        if (outcome == SendAttempt.Outcome.SEND) {
            attempts.put(key, new SendAttempt(key, provider, contentHash, SendAttempt.State.SENDING, null,
                    earlier == null ? clock.instant() : earlier.getCreatedAt()));
        }
        return new Begun(outcome, earlier);
    }

    @Override
    public void switchProvider(String key, String provider) {
        update(key, provider, SendAttempt.State.SENDING, null);
    }

    @Override
    public void accepted(String key, String provider, List<String> messageIds) {
        update(key, provider, SendAttempt.State.ACCEPTED, messageIds);
    }

    @Override
    public void parked(String key, String provider) {
        update(key, provider, SendAttempt.State.PARKED, null);
    }

    @Override
    public void notSent(String key) {
        update(key, null, SendAttempt.State.NOT_SENT, null);
    }

    @Override
    public synchronized boolean release(String key) {
        SendAttempt a = attempts.get(key);
        if (a == null || a.getState() != SendAttempt.State.PARKED) {
            return false;
        }
        update(key, null, SendAttempt.State.NOT_SENT, null);
        return true;
    }

    @Override
    public SendAttempt find(String key) {
        return attempts.get(key);
    }

    private synchronized void update(String key, String provider, SendAttempt.State state, List<String> ids) {
        attempts.computeIfPresent(key, (k, a) -> new SendAttempt(k, provider == null ? a.getProvider() : provider,
                a.getContentHash(), state, ids == null ? a.getMessageIds() : ids, a.getCreatedAt()));
    }
}
