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
package io.kopru.camel.sandbox;

/**
 * What can go wrong between a client and a provider. Each fault says whether the provider processed (accepted) the
 * request before things went wrong, which is what a client must be honest about.
 */
public enum Fault {
    /** HTTP 500 before processing: nothing was accepted. */
    STATUS_500(false),
    /** HTTP 503 before processing: nothing was accepted. */
    STATUS_503(false),
    /** The connection is closed before the request is processed: nothing was accepted, the client gets no answer. */
    DROP_BEFORE_PROCESSING(false),
    /** The request is processed (a message is accepted), then the connection is closed without an answer. */
    DROP_AFTER_PROCESSING(true),
    /** The request is processed, then the answer is held back longer than a client's timeout ({@link SandboxServer#setSlowDelay}). */
    SLOW_RESPONSE(true),
    /** The request is processed, then the answer's body is replaced by garbage. */
    MALFORMED_RESPONSE(true),
    /**
     * The request is processed, then the true answer is followed by whitespace up to
     * {@link SandboxServer#setOversizedLength} bytes (2 MiB by default): still valid JSON, only too large to read.
     */
    OVERSIZED_RESPONSE(true),
    /**
     * The request is processed, then the answer is written one byte every {@link SandboxServer#setDripInterval}
     * (250 ms by default): never silent long enough for a socket timeout, yet long in all.
     */
    DRIPPING_RESPONSE(true);

    private final boolean processed;

    Fault(boolean processed) {
        this.processed = processed;
    }

    /** Whether the simulator processes the request (and may accept a message) before the fault strikes. */
    public boolean processed() {
        return processed;
    }
}
