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
package io.kopru.camel.routes.bulk;

import io.kopru.camel.support.sms.SmsMessage;

/**
 * One request's worth of a bulk send: one text to at most a batch of recipients, and the key its send attempt is
 * recorded under. The key is the same every time the same source is read again, so a batch already accepted is
 * never sent twice.
 */
public final class BulkBatch {

    private final String key;
    private final SmsMessage message;
    private final long firstLine;

    public BulkBatch(String key, SmsMessage message, long firstLine) {
        this.key = key;
        this.message = message;
        this.firstLine = firstLine;
    }

    /** The idempotency key of this batch's send attempt: {@code bulk:<source>:<ordinal>}. */
    public String getKey() {
        return key;
    }

    public SmsMessage getMessage() {
        return message;
    }

    /** The line of the source its first recipient came from (1 is the first line). */
    public long getFirstLine() {
        return firstLine;
    }

    public int size() {
        return message.getTo().size();
    }

    @Override
    public String toString() {
        return "BulkBatch[" + key + ", " + size() + " recipients from line " + firstLine + "]";
    }
}
