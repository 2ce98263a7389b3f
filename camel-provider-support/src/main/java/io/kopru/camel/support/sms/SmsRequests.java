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

import io.kopru.camel.support.error.ProviderValidationException;
import org.apache.camel.Message;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the SMS to send from a Camel message, the same way in every SMS component. The body is one of:
 * <ul>
 * <li>a {@code String} (any body Camel can convert to one): the text, with the recipients in {@code CamelSmsTo};</li>
 * <li>an {@link SmsMessage};</li>
 * <li>a {@code List<SmsMessage>}: several texts in one order.</li>
 * </ul>
 * Recipients come from the message itself, else from {@code CamelSmsTo}; the sender from the message, else
 * {@code CamelSmsSender}, else (left null here) the endpoint's {@code sender} option.
 */
public final class SmsRequests {

    /** Between the numbers of a CamelSmsTo string (compiled once: String.split compiles a class pattern per call). */
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    private SmsRequests() {
    }

    public static List<SmsMessage> read(String provider, Message in) {
        Object body = in.getBody();
        List<String> headerTo = recipients(in.getHeader(SmsHeaders.TO));
        String headerSender = in.getHeader(SmsHeaders.SENDER, String.class);

        List<SmsMessage> messages = new ArrayList<>();
        if (body instanceof SmsMessage) {
            messages.add((SmsMessage) body);
        } else if (body instanceof Collection && !((Collection<?>) body).isEmpty()
                   && ((Collection<?>) body).stream().allMatch(SmsMessage.class::isInstance)) {
            for (Object o : (Collection<?>) body) {
                messages.add((SmsMessage) o);
            }
        } else if (body instanceof Collection) {
            throw new ProviderValidationException(provider,
                    "a list body must hold SmsMessage objects only, and at least one");
        } else {
            String text = body == null ? null : in.getBody(String.class);
            if (text == null) {
                throw new ProviderValidationException(provider, "the body must be the text (a String), an SmsMessage"
                                                                + " or a List<SmsMessage>, and it is "
                                                                + (body == null ? "empty" : body.getClass().getName()));
            }
            messages.add(SmsMessage.builder().text(text).build());
        }

        List<SmsMessage> completed = new ArrayList<>(messages.size());
        for (SmsMessage m : messages) {
            SmsMessage.Builder b = m.toBuilder();
            if (m.getTo().isEmpty()) {
                b.to(headerTo);
            }
            if (m.getSender() == null) {
                b.sender(headerSender);
            }
            completed.add(b.build());
        }
        return completed;
    }

    /** {@code CamelSmsTo} as a list: a {@code Collection}, an array, or a comma- or semicolon-separated string. */
    public static List<String> recipients(Object header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        if (header instanceof Collection) {
            for (Object o : (Collection<?>) header) {
                addSplit(result, String.valueOf(o));
            }
        } else if (header instanceof String[]) {
            for (String s : (String[]) header) {
                addSplit(result, s);
            }
        } else {
            addSplit(result, header.toString());
        }
        return result;
    }

    private static void addSplit(List<String> into, String value) {
        for (String part : SEPARATORS.split(value)) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                into.add(trimmed);
            }
        }
    }
}
