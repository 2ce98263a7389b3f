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

    private static final XmlMapper XML = new XmlMapper();
    private static final ObjectMapper JSON = ProviderJson.mapper();

    private MobildevBodies() {
    }

    public static byte[] xml(MobildevBatch batch) {
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
        if (batch.commercialRecipients != null) {
            body.messageType = "C";
            body.recipientType = recipientType(batch.commercialRecipients);
        }
        try {
            return XML.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the MainmsgBody", e);
        }
    }

    public static byte[] json(MobildevBatch batch) {
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
            ArrayNode messages = root.putArray("messages");
            batch.items.forEach(i -> messages.addObject().put("to", i.number).put("message", i.text));
        }
        if (!batch.originator.isEmpty()) {
            root.put("originator", batch.originator);
        }
        if (batch.sendAt != null) {
            root.put("send_date", LEGACY_DATE.format(batch.sendAt));
        }
        if (batch.commercialRecipients != null) {
            root.put("message_type", "C");
            root.put("recipient_type", recipientType(batch.commercialRecipients));
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
    @JsonPropertyOrder({ "Action", "Mesgbody", "Numbers", "Message", "Originator", "SDate", "Encoding", "MessageType",
                         "RecipientType" })
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class MainmsgBody {
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
