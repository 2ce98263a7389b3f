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
 * The record of the single-use tokens handed out, by a digest of each value (never the value). {@link SingleUseTokens}
 * hands out a token only if it is the first to record it: {@link InMemoryUsedTokens} within one JVM,
 * {@link PostgresUsedTokens} for every node on one database.
 */
public interface UsedTokens {

    /**
     * Records that the token with this digest is handed out now.
     *
     * @return true if it is the first time; false if it was handed out before, here or (for a shared record) on
     *         another node
     */
    boolean markUsed(String digest);
}
