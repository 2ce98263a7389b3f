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
package io.kopru.camel.support.auth;

/**
 * A {@link TokenStore} that several nodes share and that can run a renewal of one key for all of them at a time, so
 * that the account's token is fetched once per expiry for the whole cluster. {@link TokenManager} renews through it
 * when its store is one.
 */
public interface SharedTokenStore extends TokenStore {

    /**
     * Runs {@code renewal} while holding the key's lock, which every user of the store respects, and keeps what it
     * returns. The renewal gets the token stored when the lock was taken (a node that waited sees the token the
     * previous holder stored) and returns the token to keep: the same one to keep it, or a new one.
     *
     * @return the token kept, possibly null when nothing was stored and the renewal returned nothing
     */
    AccessToken updateExclusively(String key, Renewal renewal) throws Exception;

    /** What runs under a key's lock. */
    @FunctionalInterface
    interface Renewal {
        AccessToken apply(AccessToken stored) throws Exception;
    }
}
