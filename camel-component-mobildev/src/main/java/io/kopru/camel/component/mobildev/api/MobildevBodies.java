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
package io.kopru.camel.component.mobildev.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.sms.IysRecipientType;
import io.kopru.camel.support.sms.SmsEncoding;
import io.kopru.camel.support.sms.SmsSegments;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a {@link MobildevBatch} as the bytes to send and sign:
 * <ul>
 * <li>XML: the guide's {@code <MainmsgBody>}, with Jackson XML, so that {@code <}, {@code &} and every other
 * character of a text are escaped as XML requires; no declaration, UTF-8, empty optional elements left out.</li>
 * <li>JSON: minified (the guide's FAQ S5), {@code {"to":...,"message":...}} with a single number as a string and
 * several as a list, as in the guide's examples; a campaign of several texts as {@code messages}.</li>
 * </ul>
 */
public final class MobildevBodies {

    static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");
    /** {@code SDate}, {@code ddMMyyyyHHmm} in Turkish time, as the guide's {@code 090520231500}. */
    static final DateTimeFormatter LEGACY_DATE = DateTimeFormatter.ofPattern("ddMMyyyyHHmm").withZone(TURKEY);

    private static final String PROVIDER_NAME = MobildevErrors.PROVIDER;
    private static final XmlMapper XML = new XmlMapper();
    private static final ObjectMapper JSON = ProviderJson.mapper();

    private MobildevBodies() {
    }

    public static byte[] xml(MobildevBatch batch) {
        return write(mainmsgBody(batch));
    }

    /**
     * The classic XML API's {@code <MainmsgBody>}: the same nodes, preceded by {@code <UserName>} and
     * {@code <PassWord>}, which carry the credentials inside the body.
     */
    public static byte[] classicXml(MobildevBatch batch, String userName, String password) {
        MainmsgBody body = mainmsgBody(batch);
        body.userName = userName;
        body.passWord = password;
        return write(body);
    }

    /** A classic query by id: {@code <MainReportRoot>} with Action 3 (reports, ids comma separated) or 6 (cancel). */
    public static byte[] classicQuery(int action, List<String> ids, String userName, String password) {
        MainReportRoot root = new MainReportRoot();
        root.userName = userName;
        root.passWord = password;
        root.action = String.valueOf(action);
        root.msgId = String.join(",", ids);
        return write(root);
    }

    private static byte[] write(Object body) {
        try {
            return XML.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the XML body", e);
        }
    }

    private static MainmsgBody mainmsgBody(MobildevBatch batch) {
        if (!batch.groups.isEmpty()) {
            throw new IllegalArgumentException("panel groups exist only in the JSON format");
        }
        MainmsgBody body = new MainmsgBody();
        body.action = String.valueOf(batch.action);
        if (batch.action == 0) {
            body.mesgbody = batch.items.get(0).text;
            body.numbers = String.join(",", batch.recipients());
        } else {
            body.messages = batch.items.stream().map(i -> new Message(i.text, i.number)).toList();
        }
        body.originator = batch.originator;
        body.sdate = batch.sendAt == null ? null : LEGACY_DATE.format(batch.sendAt);
        body.encoding = encoding(batch.texts());
        // always sent, as every public client does: N (normal, informational) or C (commercial, checked against İYS)
        body.messageType = batch.commercialRecipients != null ? "C" : "N";
        if (batch.commercialRecipients != null) {
            body.recipientType = recipientType(batch.commercialRecipients);
        }
        return body;
    }

    /**
     * What a JSON body cannot carry: the guide's JSON shows only {@code to}, {@code message} (and {@code template_id}),
     * and for a campaign {@code campaign_name}, {@code segments} and {@code message}. An originator, a send time, a
     * commercial message or several texts need the XML format.
     */
    public static List<String> jsonViolations(MobildevBatch batch) {
        List<String> violations = new java.util.ArrayList<>();
        if (!batch.originator.isEmpty()) {
            violations.add("an originator (sender) has no field in Mobildev's JSON: use format=xml");
        }
        if (batch.sendAt != null) {
            violations.add("a send time has no field in Mobildev's JSON: use format=xml");
        }
        if (batch.commercialRecipients != null) {
            violations.add("a commercial (İYS) message has no fields in Mobildev's JSON: use format=xml");
        }
        if (batch.groups.isEmpty() && batch.texts().size() > 1) {
            violations.add("several texts in one request have no field in Mobildev's JSON: use format=xml");
        }
        return violations;
    }

    public static byte[] json(MobildevBatch batch) {
        List<String> violations = jsonViolations(batch);
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(PROVIDER_NAME, violations);
        }
        ObjectNode root = JSON.createObjectNode();
        if (batch.campaignName != null) {
            root.put("campaign_name", batch.campaignName);
        }
        if (!batch.groups.isEmpty()) {
            ArrayNode groups = root.putArray("segments");
            batch.groups.forEach(groups::add);
            root.put("message", batch.groupText);
        } else if (batch.texts().size() == 1) {
            List<String> numbers = batch.recipients();
            if (numbers.size() == 1) {
                root.put("to", numbers.get(0));
            } else {
                ArrayNode to = root.putArray("to");
                numbers.forEach(to::add);
            }
            root.put("message", batch.items.get(0).text);
        } else {
            throw new ProviderValidationException(PROVIDER_NAME, jsonViolations(batch));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON body", e);
        }
    }

    /** 0 when every text fits the GSM-7 alphabet, 1 (Turkish/Unicode) otherwise. */
    static String encoding(List<String> texts) {
        return texts.stream().allMatch(t -> SmsSegments.count(t).encoding() == SmsEncoding.GSM7) ? "0" : "1";
    }

    private static String recipientType(IysRecipientType type) {
        return type == IysRecipientType.TACIR ? "T" : "B";
    }

    @JacksonXmlRootElement(localName = "MainmsgBody")
    @JsonPropertyOrder({ "UserName", "PassWord", "Action", "Mesgbody", "Numbers", "Message", "Originator", "SDate", "Encoding", "MessageType",
                         "RecipientType" })
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class MainmsgBody {
        @JacksonXmlProperty(localName = "UserName")
        public String userName;
        @JacksonXmlProperty(localName = "PassWord")
        public String passWord;
        @JacksonXmlProperty(localName = "Action")
        public String action;
        @JacksonXmlProperty(localName = "Mesgbody")
        public String mesgbody;
        @JacksonXmlProperty(localName = "Numbers")
        public String numbers;
        @JacksonXmlElementWrapper(localName = "Messages")
        @JacksonXmlProperty(localName = "Message")
        public List<Message> messages;
        @JacksonXmlProperty(localName = "Originator")
        public String originator;
        @JacksonXmlProperty(localName = "SDate")
        public String sdate;
        @JacksonXmlProperty(localName = "Encoding")
        public String encoding;
        @JacksonXmlProperty(localName = "MessageType")
        public String messageType;
        @JacksonXmlProperty(localName = "RecipientType")
        public String recipientType;
    }

    @JacksonXmlRootElement(localName = "MainReportRoot")
    @JsonPropertyOrder({ "UserName", "PassWord", "Action", "MsgID" })
    static final class MainReportRoot {
        @JacksonXmlProperty(localName = "UserName")
        public String userName;
        @JacksonXmlProperty(localName = "PassWord")
        public String passWord;
        @JacksonXmlProperty(localName = "Action")
        public String action;
        @JacksonXmlProperty(localName = "MsgID")
        public String msgId;
    }

    @JsonPropertyOrder({ "Mesgbody", "Number" })
    static final class Message {
        @JacksonXmlProperty(localName = "Mesgbody")
        public final String mesgbody;
        @JacksonXmlProperty(localName = "Number")
        public final String number;

        Message(String mesgbody, String number) {
            this.mesgbody = mesgbody;
            this.number = number;
        }
    }
}
