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

import org.apache.camel.Message;

/**
 * The provider-neutral SMS headers every SMS component reads and writes, so that a route can fail over from one
 * provider to another without changing its messages.
 */
public final class SmsHeaders {

    /** In: the recipients, a {@code List<String>} or a comma-separated {@code String}. */
    public static final String TO = "CamelSmsTo";
    /** In: the sender id; overrides the endpoint's {@code sender} option. */
    public static final String SENDER = "CamelSmsSender";
    /** Out: the provider's message or order id. In, for status queries: the id to look up. */
    public static final String MESSAGE_ID = "CamelSmsMessageId";
    /** Out: the provider that accepted the message ({@code iletimerkezi}, {@code mobildev}, {@code restlink}). */
    public static final String PROVIDER = "CamelSmsProvider";
    /** Out: every id the provider returned, in request order; one unless the component split a large batch. */
    public static final String MESSAGE_IDS = "CamelSmsMessageIds";
    /** Out: how many recipients the provider accepted the message for. */
    public static final String RECIPIENT_COUNT = "CamelSmsRecipientCount";
    /** Out: SMS parts per recipient (the longest text's, when an order carries several texts). */
    public static final String SEGMENTS = "CamelSmsSegments";
    /**
     * In: the sender's key of a message: two submissions with the same key are one message, sent at most once (the
     * routes library keeps a send attempt per key). Without it, the JMS message id is the key.
     */
    public static final String IDEMPOTENCY_KEY = "CamelSmsIdempotencyKey";

    private SmsHeaders() {
    }

    /**
     * Sets the out headers of a send from what the provider accepted, the same way in every SMS component, so that a
     * route reads any provider's answer without knowing which one it was. The body is left alone.
     */
    public static void writeResult(Message message, SmsSendResult result) {
        message.setHeader(MESSAGE_ID, result.getMessageId());
        message.setHeader(MESSAGE_IDS, result.getMessageIds());
        message.setHeader(PROVIDER, result.getProvider());
        message.setHeader(RECIPIENT_COUNT, result.getRecipientCount());
        message.setHeader(SEGMENTS, result.getSegments());
    }
}
