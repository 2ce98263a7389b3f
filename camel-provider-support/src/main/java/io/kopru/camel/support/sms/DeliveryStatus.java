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
package io.kopru.camel.support.sms;

/** The provider-neutral state of one message to one recipient. */
public enum DeliveryStatus {
    /** Accepted, not yet delivered (queued, sending, waiting for the operator's report). */
    PENDING(false),
    /** The handset received it. */
    DELIVERED(true),
    /** The operator gave up: switched off, out of coverage, unknown subscriber. */
    UNDELIVERED(true),
    /** The provider failed or refused the message after accepting the order. */
    FAILED(true),
    /** Its validity ran out before it could be delivered. */
    EXPIRED(true);

    private final boolean isFinal;

    DeliveryStatus(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** True when the status will not change any more, so polling for it can stop. */
    public boolean isFinal() {
        return isFinal;
    }
}
