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
package io.kopru.camel.sandbox.iletimerkezi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An order the simulator accepted: what was asked, and when its messages are delivered. */
public final class IletimerkeziOrder {

    /** One text and its recipients (+90... numbers). */
    public static final class Part {
        public final String text;
        public final List<String> recipients;
        public final int segments;

        Part(String text, List<String> recipients, int segments) {
            this.text = text;
            this.recipients = List.copyOf(recipients);
            this.segments = segments;
        }
    }

    public final String id;
    public final String accountKey;
    public final String sender;
    public final List<Part> parts;
    public final boolean iys;
    public final String iysList;
    public final Instant submitAt;
    public final Instant sendAt;
    volatile Instant finalAt;
    volatile boolean cancelled;
    /** numbers the operator will not deliver to */
    final Map<String, Boolean> undeliverable;

    IletimerkeziOrder(String id, String accountKey, String sender, List<Part> parts, boolean iys, String iysList,
                      Instant submitAt, Instant sendAt, Instant finalAt, Map<String, Boolean> undeliverable) {
        this.id = id;
        this.accountKey = accountKey;
        this.sender = sender;
        this.parts = List.copyOf(parts);
        this.iys = iys;
        this.iysList = iysList;
        this.submitAt = submitAt;
        this.sendAt = sendAt;
        this.finalAt = finalAt;
        this.undeliverable = undeliverable;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** The credits the order took: a part per recipient, nothing for the free APITEST sender. */
    long credits() {
        return IletimerkeziSimulator.APITEST.equals(sender) ? 0
                : parts.stream().mapToLong(p -> (long) p.segments * p.recipients.size()).sum();
    }

    public int recipientCount() {
        return parts.stream().mapToInt(p -> p.recipients.size()).sum();
    }

    /** 113 sending, 114 finished, 115 not sent (cancelled). */
    int orderStatus(Instant now) {
        if (cancelled) {
            return 115;
        }
        return now.isBefore(finalAt) ? 113 : 114;
    }

    /** 110 pending, 111 delivered, 112 undelivered. */
    int messageStatus(String number, Instant now) {
        if (cancelled) {
            return 112;
        }
        if (now.isBefore(finalAt)) {
            return 110;
        }
        return undeliverable.containsKey(number) || number.endsWith("99") ? 112 : 111;
    }
}
