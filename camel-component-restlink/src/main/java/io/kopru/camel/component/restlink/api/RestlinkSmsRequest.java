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
package io.kopru.camel.component.restlink.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsSegments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code POST /api/v1/sms/send} body, {@code {"to":[...],"message":...,"sender_id":...}} in that order, refusing
 * before anything is sent what Restlink would refuse or cannot do: numbers that are not valid mobile numbers (each
 * named; numbers without a country code are read as Turkish, all are sent in E.164), more than 1000 recipients, an
 * empty text or one longer than 10 parts, a malformed sender id, several texts in one request, a scheduled send time,
 * and commercial (İYS) messages, which Restlink has no fields for.
 */
public final class RestlinkSmsRequest {

    static final int MAX_RECIPIENTS = 1000;
    static final int MAX_PARTS = 10;
    static final Pattern SENDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,10}|\\+?\\d{1,15}");

    private final byte[] body;
    private final int recipientCount;
    private final int segments;

    private RestlinkSmsRequest(byte[] body, int recipientCount, int segments) {
        this.body = body;
        this.recipientCount = recipientCount;
        this.segments = segments;
    }

    /**
     * @param messages      what SmsRequests read from the exchange
     * @param defaultSender the endpoint's sender option, or null
     * @throws ProviderValidationException naming every problem, when the request cannot be sent
     */
    public static RestlinkSmsRequest of(List<SmsMessage> messages, String defaultSender) {
        List<String> violations = new ArrayList<>();
        if (messages.size() != 1) {
            throw new ProviderValidationException(RestlinkErrors.PROVIDER, "restlink sends one text per request and"
                    + " the body holds " + messages.size() + "; split them (Camel's split EIP) and send each");
        }
        SmsMessage m = messages.get(0);
        if (m.getSendAt() != null) {
            violations.add("restlink cannot schedule a message (sendAt): send it when it is due");
        }
        if (Boolean.TRUE.equals(m.getCommercial())) {
            violations.add("restlink has no İYS fields: send commercial messages through a provider that checks İYS"
                           + " consent");
        }
        String text = m.getText();
        int segments = text == null ? 0 : SmsSegments.count(text).segments();
        if (text == null || text.isEmpty()) {
            violations.add("the text is empty");
        } else if (segments > MAX_PARTS) {
            violations.add("the text takes " + segments + " SMS parts; restlink takes at most " + MAX_PARTS);
        }
        String sender = m.getSender() != null ? m.getSender() : defaultSender;
        if (sender != null && !SENDER_ID.matcher(sender).matches()) {
            violations.add("sender '" + sender + "' is not a sender id: 1-11 letters, digits, spaces, dots, dashes or"
                           + " underscores, or a number of up to 15 digits");
        }
        List<String> numbers = List.of();
        try {
            numbers = PhoneNumbers.normalize(RestlinkErrors.PROVIDER, m.getTo(), PhoneNumbers.Scope.ANY_MOBILE,
                    PhoneNumbers.Style.E164);
            if (numbers.size() > MAX_RECIPIENTS) {
                violations.add(numbers.size() + " recipients; restlink takes at most " + MAX_RECIPIENTS
                               + " per request");
            }
        } catch (ProviderValidationException e) {
            violations.addAll(e.getViolations());
        }
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(RestlinkErrors.PROVIDER, violations);
        }

        ObjectNode json = ProviderJson.mapper().createObjectNode();
        ArrayNode to = json.putArray("to");
        numbers.forEach(to::add);
        json.put("message", text);
        if (sender != null) {
            json.put("sender_id", sender);
        }
        try {
            return new RestlinkSmsRequest(ProviderJson.mapper().writeValueAsBytes(json), numbers.size(), segments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the send request", e);
        }
    }

    /** The exact bytes to send, and to sign. */
    public byte[] body() {
        return body.clone();
    }

    public int recipientCount() {
        return recipientCount;
    }

    public int segments() {
        return segments;
    }
}
