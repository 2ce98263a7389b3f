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
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.kopru.camel.support.phone.PhoneNumbers;

import java.time.Instant;
import java.util.Objects;

/**
 * The delivery state of one message to one recipient, in provider-neutral terms, with the provider's own status code
 * kept for reference.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DeliveryReport {

    private final String provider;
    private final String messageId;
    private final String recipient;
    private final DeliveryStatus status;
    private final String providerStatusCode;
    private final Instant time;

    @JsonCreator
    public DeliveryReport(@JsonProperty("provider") String provider, @JsonProperty("messageId") String messageId,
                          @JsonProperty("recipient") String recipient, @JsonProperty("status") DeliveryStatus status,
                          @JsonProperty("providerStatusCode") String providerStatusCode,
                          @JsonProperty("time") Instant time) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.recipient = recipient;
        this.status = Objects.requireNonNull(status, "status");
        this.providerStatusCode = providerStatusCode;
        this.time = time;
    }

    public String getProvider() {
        return provider;
    }

    /** The provider's id of the order or message the report belongs to. */
    public String getMessageId() {
        return messageId;
    }

    /** The recipient's number as the provider reported it. */
    public String getRecipient() {
        return recipient;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    /** The provider's own status code, e.g. iletiMerkezi's {@code 111}. */
    public String getProviderStatusCode() {
        return providerStatusCode;
    }

    /** When the provider reported the status, or when it was observed if the provider gives no time. */
    public Instant getTime() {
        return time;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeliveryReport)) {
            return false;
        }
        DeliveryReport that = (DeliveryReport) o;
        return provider.equals(that.provider) && messageId.equals(that.messageId)
               && Objects.equals(recipient, that.recipient) && status == that.status
               && Objects.equals(providerStatusCode, that.providerStatusCode) && Objects.equals(time, that.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, messageId, recipient, status, providerStatusCode, time);
    }

    @Override
    public String toString() {
        return "DeliveryReport[provider=" + provider + ", messageId=" + messageId + ", recipient="
               + PhoneNumbers.maskForLog(recipient) + ", status=" + status + ", providerStatusCode=" + providerStatusCode
               + ", time=" + time + "]";
    }
}
