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
package io.kopru.camel.component.iletimerkezi.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.IysRecipientType;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsSegments;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns SMS messages into one iletiMerkezi order ({@code request.order}), refusing, before anything is sent, what the
 * API would refuse: invalid numbers (each named), empty text, more than 7 parts, a missing sender or one longer than
 * 11 characters or with Turkish letters, a commercial message without its İYS list, and messages of one order that
 * disagree on sender, send time or İYS settings.
 */
public final class IletimerkeziOrderBuilder {

    static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");
    static final int MAX_PARTS = 7;
    static final int MAX_SENDER_LENGTH = 11;
    private static final DateTimeFormatter SEND_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TURKEY);
    private static final Pattern TURKISH_LETTERS = Pattern.compile("[çğıöşüÇĞİÖŞÜ]");

    private final String defaultSender;
    private final boolean defaultCommercial;
    private final IysRecipientType defaultIysList;

    public IletimerkeziOrderBuilder(String defaultSender, boolean defaultCommercial, IysRecipientType defaultIysList) {
        this.defaultSender = defaultSender;
        this.defaultCommercial = defaultCommercial;
        this.defaultIysList = defaultIysList;
    }

    /** A validated order, ready to send, with what it costs; written straight to the request, without a JSON tree. */
    public static final class Order {
        private final String sender;
        private final String sendDateTime;
        private final boolean commercial;
        private final IysRecipientType iysList;
        private final List<Part> parts;
        final int recipientCount;
        final int segments;

        Order(String sender, String sendDateTime, boolean commercial, IysRecipientType iysList, List<Part> parts,
              int recipientCount, int segments) {
            this.sender = sender;
            this.sendDateTime = sendDateTime;
            this.commercial = commercial;
            this.iysList = iysList;
            this.parts = parts;
            this.recipientCount = recipientCount;
            this.segments = segments;
        }

        /**
         * Writes the {@code request.order} object, without the credentials: {@code sender}, {@code sendDateTime},
         * {@code iys}, {@code iysList} (commercial only), and {@code message}: one object, or a list of them when the
         * texts differ, each with its {@code text} and {@code receipents.number} (the API's spelling).
         */
        public void writeTo(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("sender", sender);
            g.writeStringField("sendDateTime", sendDateTime);
            g.writeStringField("iys", commercial ? "1" : "0");
            if (commercial) {
                g.writeStringField("iysList", iysList.name());
            }
            g.writeFieldName("message");
            if (parts.size() != 1) {
                g.writeStartArray();
            }
            for (Part part : parts) {
                g.writeStartObject();
                g.writeStringField("text", part.text);
                g.writeObjectFieldStart("receipents");
                g.writeArrayFieldStart("number");
                for (String number : part.numbers) {
                    g.writeString(number);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            if (parts.size() != 1) {
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        public int recipientCount() {
            return recipientCount;
        }

        public int segments() {
            return segments;
        }
    }

    /** One text of an order and its numbers, as iletiMerkezi wants them written. */
    private static final class Part {
        final String text;
        final List<String> numbers;

        Part(String text, List<String> numbers) {
            this.text = text;
            this.numbers = numbers;
        }
    }

    public Order build(List<SmsMessage> messages) {
        List<String> violations = new ArrayList<>();
        SmsMessage first = messages.get(0);
        String sender = first.getSender() != null ? first.getSender() : defaultSender;
        boolean commercial = first.getCommercial() != null ? first.getCommercial() : defaultCommercial;
        IysRecipientType iysList = first.getRecipientType() != null ? first.getRecipientType() : defaultIysList;
        Instant sendAt = first.getSendAt();

        for (SmsMessage m : messages.subList(1, messages.size())) {
            if (!Objects.equals(m.getSender() != null ? m.getSender() : defaultSender, sender)
                || !Objects.equals(m.getSendAt(), sendAt)
                || (m.getCommercial() != null ? m.getCommercial() : defaultCommercial) != commercial
                || !Objects.equals(m.getRecipientType() != null ? m.getRecipientType() : defaultIysList, iysList)) {
                violations.add("the messages of one order must share sender, send time and İYS settings");
                break;
            }
        }
        if (sender == null || sender.isBlank()) {
            violations.add("no sender: set the sender option or the CamelSmsSender header");
        } else if (sender.length() > MAX_SENDER_LENGTH) {
            violations.add("sender '" + sender + "' is longer than " + MAX_SENDER_LENGTH + " characters");
        } else if (TURKISH_LETTERS.matcher(sender).find()) {
            violations.add("sender '" + sender + "' has Turkish letters, which senders may not");
        }
        if (commercial && iysList == null) {
            violations.add("a commercial message needs iysList (BIREYSEL or TACIR)");
        }

        List<Part> parts = new ArrayList<>(messages.size());
        int recipients = 0;
        int maxSegments = 0;
        for (SmsMessage m : messages) {
            String text = m.getText();
            int segments = SmsSegments.count(text).segments();
            if (text == null || text.isEmpty()) {
                violations.add("the text is empty");
            } else if (segments > MAX_PARTS) {
                violations.add("the text takes " + segments + " SMS parts; iletiMerkezi takes at most " + MAX_PARTS);
            }
            List<String> numbers;
            try {
                numbers = PhoneNumbers.normalize(IletimerkeziErrors.PROVIDER, m.getTo(),
                        PhoneNumbers.Scope.TURKISH_MOBILE, PhoneNumbers.Style.E164);
            } catch (ProviderValidationException e) {
                violations.addAll(e.getViolations());
                continue;
            }
            parts.add(new Part(text, numbers));
            recipients += numbers.size();
            maxSegments = Math.max(maxSegments, segments);
        }
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(IletimerkeziErrors.PROVIDER, violations);
        }
        return new Order(sender, sendAt == null ? "" : SEND_DATE_TIME.format(sendAt), commercial, iysList,
                List.copyOf(parts), recipients, maxSegments);
    }
}
