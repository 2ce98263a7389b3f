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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A provider-neutral SMS: one text to one or more recipients. Every SMS component's send operation takes it, so that a
 * route can hand the same message to another provider on failover. Options left null fall back to the endpoint's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class SmsMessage {

    private final List<String> to;
    private final String text;
    private final String sender;
    private final Instant sendAt;
    private final Boolean commercial;
    private final IysRecipientType recipientType;

    @JsonCreator
    public SmsMessage(@JsonProperty("to") List<String> to, @JsonProperty("text") String text,
                      @JsonProperty("sender") String sender, @JsonProperty("sendAt") Instant sendAt,
                      @JsonProperty("commercial") Boolean commercial,
                      @JsonProperty("recipientType") IysRecipientType recipientType) {
        this.to = to == null ? List.of() : List.copyOf(to);
        this.text = text;
        this.sender = sender;
        this.sendAt = sendAt;
        this.commercial = commercial;
        this.recipientType = recipientType;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SmsMessage of(String text, String... to) {
        return builder().text(text).to(to).build();
    }

    public Builder toBuilder() {
        return new Builder().to(to).text(text).sender(sender).sendAt(sendAt).commercial(commercial)
                .recipientType(recipientType);
    }

    /** The recipients as given; each component validates and formats them for its provider. */
    public List<String> getTo() {
        return to;
    }

    public String getText() {
        return text;
    }

    /** The sender id (originator), or null for the endpoint's {@code sender}. */
    public String getSender() {
        return sender;
    }

    /** When to send it, or null for now. */
    public Instant getSendAt() {
        return sendAt;
    }

    /** Whether it is a commercial message subject to İYS consent, or null for the endpoint's setting. */
    public Boolean getCommercial() {
        return commercial;
    }

    /** The İYS recipient type of a commercial message, or null for the endpoint's setting. */
    public IysRecipientType getRecipientType() {
        return recipientType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SmsMessage)) {
            return false;
        }
        SmsMessage that = (SmsMessage) o;
        return to.equals(that.to) && Objects.equals(text, that.text) && Objects.equals(sender, that.sender)
               && Objects.equals(sendAt, that.sendAt) && Objects.equals(commercial, that.commercial)
               && recipientType == that.recipientType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, text, sender, sendAt, commercial, recipientType);
    }

    /** Recipients and text are counted, not printed: both are personal data that logs should not collect. */
    @Override
    public String toString() {
        return "SmsMessage[to=" + to.size() + " recipient(s), text=" + (text == null ? "null" : text.length() + " chars")
               + (sender != null ? ", sender=" + sender : "") + (sendAt != null ? ", sendAt=" + sendAt : "")
               + (commercial != null ? ", commercial=" + commercial : "")
               + (recipientType != null ? ", recipientType=" + recipientType : "") + "]";
    }

    public static final class Builder {
        private final List<String> to = new ArrayList<>();
        private String text;
        private String sender;
        private Instant sendAt;
        private Boolean commercial;
        private IysRecipientType recipientType;

        private Builder() {
        }

        public Builder to(String... numbers) {
            to.addAll(List.of(numbers));
            return this;
        }

        public Builder to(Collection<String> numbers) {
            to.addAll(numbers);
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder sender(String sender) {
            this.sender = sender;
            return this;
        }

        public Builder sendAt(Instant sendAt) {
            this.sendAt = sendAt;
            return this;
        }

        public Builder commercial(Boolean commercial) {
            this.commercial = commercial;
            return this;
        }

        public Builder recipientType(IysRecipientType recipientType) {
            this.recipientType = recipientType;
            return this;
        }

        public SmsMessage build() {
            return new SmsMessage(to, text, sender, sendAt, commercial, recipientType);
        }
    }
}
