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

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/**
 * What a provider accepted: its id for the order (several ids when the component had to split a large batch into
 * several requests), how many recipients, and how many SMS parts each recipient's message takes.
 */
public final class SmsSendResult {

    private final String provider;
    private final String messageId;
    private final List<String> messageIds;
    private final int recipientCount;
    private final int segments;

    @JsonCreator
    public SmsSendResult(@JsonProperty("provider") String provider, @JsonProperty("messageIds") List<String> messageIds,
                         @JsonProperty("recipientCount") int recipientCount, @JsonProperty("segments") int segments) {
        this.provider = Objects.requireNonNull(provider, "provider");
        if (messageIds == null || messageIds.isEmpty()) {
            throw new IllegalArgumentException("a send result needs at least one message id");
        }
        this.messageIds = List.copyOf(messageIds);
        this.messageId = this.messageIds.get(0);
        this.recipientCount = recipientCount;
        this.segments = segments;
    }

    public SmsSendResult(String provider, String messageId, int recipientCount, int segments) {
        this(provider, List.of(messageId), recipientCount, segments);
    }

    public String getProvider() {
        return provider;
    }

    /** The provider's id of the order or message; the first one when the batch was split. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public String getMessageId() {
        return messageId;
    }

    /** Every id the provider returned, in request order; one unless the batch was split. */
    public List<String> getMessageIds() {
        return messageIds;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    /** SMS parts per recipient (the longest text's, when an order carries several texts). */
    public int getSegments() {
        return segments;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SmsSendResult)) {
            return false;
        }
        SmsSendResult that = (SmsSendResult) o;
        return recipientCount == that.recipientCount && segments == that.segments && provider.equals(that.provider)
               && messageIds.equals(that.messageIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, messageIds, recipientCount, segments);
    }

    @Override
    public String toString() {
        return "SmsSendResult[provider=" + provider + ", messageIds=" + messageIds + ", recipients=" + recipientCount
               + ", segments=" + segments + "]";
    }
}
