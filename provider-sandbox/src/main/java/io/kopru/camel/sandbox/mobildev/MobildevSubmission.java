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
package io.kopru.camel.sandbox.mobildev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.SmsLength;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message body as the simulator reads it, from either format, checked field by field:
 * <ul>
 * <li>XML: the guide's {@code <MainmsgBody>}: {@code Action} 0 (one {@code Mesgbody} to the comma-separated
 * {@code Numbers}, at most 1000) on the transactional endpoint, {@code Action} 1 ({@code Messages} of
 * {@code Message}{@code {Mesgbody, Number}}) on the campaign endpoint; {@code Originator}, {@code SDate} and
 * {@code EDate} ({@code ddMMyyyyHHmm}, Turkish time), {@code Encoding} (0 GSM, 1 Turkish/Unicode), {@code MessageType}
 * ({@code C} for commercial, else empty) with {@code RecipientType} ({@code B} individuals, {@code T} merchants),
 * {@code AccountId}, {@code Tags}. Unknown or repeated elements are refused.</li>
 * <li>JSON (minified, guide FAQ S5): only the fields the guide's JSON shows: {@code to} (a number or a list of at
 * most 1000), {@code message}, {@code template_id}; for campaigns also {@code segments} (panel groups) and
 * {@code campaign_name}. Unknown keys are refused.</li>
 * </ul>
 * In the classic XML API ({@link #fromXml} with {@code classic}) the body also carries {@code UserName} and
 * {@code PassWord}, and either Action. {@code MessageType} is {@code N} (normal), {@code C} (commercial) or empty;
 * {@code Blacklist} empty, 0 or 1.
 * Errors carry the legacy two-digit code (02 credit, 03 unknown action, 04 no or unreadable XML, 05 malformed node,
 * 06 unknown originator, 12 empty text, 14 no numbers, 15 bad send date) used for XML, and a JSON error for JSON.
 */
final class MobildevSubmission {

    enum Format { XML, JSON }

    static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");
    static final int MAX_NUMBERS = 1000;
    private static final DateTimeFormatter LEGACY_DATE = DateTimeFormatter.ofPattern("ddMMuuuuHHmm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("5\\d{9}");
    private static final Set<String> XML_ELEMENTS = Set.of("Action", "Mesgbody", "Numbers", "Messages", "AccountId",
            "Originator", "Blacklist", "SDate", "EDate", "Encoding", "MessageType", "RecipientType", "Tags");
    /** The classic API carries the credentials in the body. */
    private static final Set<String> CLASSIC_ELEMENTS = Set.of("UserName", "PassWord");
    /** Only what the guide's JSON examples show: {@code to}, {@code message}, {@code template_id} (test 1.1). */
    private static final Set<String> JSON_KEYS = Set.of("to", "message", "template_id");
    /** And for a campaign, test 2.4's {@code campaign_name}, {@code segments}, {@code message}. */
    private static final Set<String> JSON_CAMPAIGN_KEYS = Set.of("campaign_name", "segments");
    private static final DocumentBuilderFactory XML = secureFactory();

    /** One text to one number. */
    static final class Item {
        final String text;
        final String number;

        Item(String text, String number) {
            this.text = text;
            this.number = number;
        }
    }

    final Format format;
    int action;
    final List<Item> items = new ArrayList<>();
    final List<String> segments = new ArrayList<>();
    String segmentText;
    String originator = "";
    String accountId = "";
    String messageType = "";
    String recipientType = "";
    String tags = "";
    String campaignName;
    Instant sendAt;
    Instant endAt;
    int encoding;

    private MobildevSubmission(Format format) {
        this.format = format;
    }

    // ---- XML

    static MobildevSubmission parseXml(byte[] body, boolean campaign) {
        Element root = readXml(body);
        if (!"MainmsgBody".equals(root.getTagName())) {
            throw bad("05", "kök düğüm MainmsgBody olmalı");
        }
        return fromXml(root, campaign, false);
    }

    /**
     * The document element of an XML body, read with DTDs and external entities refused (answered {@code 04}, as
     * unreadable XML).
     */
    static Element readXml(byte[] body) {
        if (body.length == 0) {
            throw bad("04", "XML gönderilmedi");
        }
        try {
            DocumentBuilder builder = XML.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // no stderr noise
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("harici varlık reddedildi");
            });
            return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw bad("04", "XML okunamadı");
        }
    }

    /** The child elements of a classic request, by name; repeated or text-bearing structure refused ({@code 05}). */
    static Map<String, Element> elements(Element root) {
        Map<String, Element> elements = new java.util.LinkedHashMap<>();
        for (Element e : children(root)) {
            if (elements.put(e.getTagName(), e) != null) {
                throw bad("05", "tekrarlanan düğüm " + e.getTagName());
            }
        }
        return elements;
    }

    /** A send: {@code campaign} (integrator) fixes Action 1, else 0; {@code classic} takes either and credentials. */
    static MobildevSubmission fromXml(Element root, boolean campaign, boolean classic) {
        MobildevSubmission s = new MobildevSubmission(Format.XML);
        Map<String, Element> elements = new java.util.LinkedHashMap<>();
        for (Element e : children(root)) {
            if (!XML_ELEMENTS.contains(e.getTagName())
                && !(classic && CLASSIC_ELEMENTS.contains(e.getTagName()))) {
                throw bad("05", "bilinmeyen düğüm " + e.getTagName());
            }
            if (elements.put(e.getTagName(), e) != null) {
                throw bad("05", "tekrarlanan düğüm " + e.getTagName());
            }
        }
        String action = text(elements.get("Action"));
        if (action == null || !action.trim().matches("[01]")) {
            throw bad("03", "Action 0 (tek metin, çok numara) veya 1 (numara başına metin) olmalı");
        }
        s.action = Integer.parseInt(action.trim());
        if (!classic && s.action != (campaign ? 1 : 0)) {
            throw bad("03", (campaign ? "kampanya" : "transactional") + " gönderiminde Action " + (campaign ? 1 : 0)
                            + " olmalı");
        }
        if (s.action == 0) {
            if (elements.containsKey("Messages")) {
                throw bad("05", "Action 0 ile Messages gönderilmez");
            }
            String text = text(elements.get("Mesgbody"));
            String numbers = text(elements.get("Numbers"));
            if (text == null || text.isEmpty()) {
                throw bad("12", "Mesaj metni alanı boş");
            }
            if (numbers == null || numbers.isBlank()) {
                throw bad("14", "GSM numara(ları) boş bırakılamaz");
            }
            for (String n : numbers.split(",", -1)) {
                s.items.add(new Item(text, number(n.trim())));
            }
        } else {
            if (elements.containsKey("Mesgbody") || elements.containsKey("Numbers")) {
                throw bad("05", "Action 1 ile Mesgbody ve Numbers Messages içinde gönderilir");
            }
            Element messages = elements.get("Messages");
            if (messages == null) {
                throw bad("05", "Messages yok");
            }
            for (Element m : children(messages)) {
                if (!"Message".equals(m.getTagName())) {
                    throw bad("05", "Messages içinde yalnız Message olur");
                }
                Map<String, Element> fields = new java.util.HashMap<>();
                for (Element f : children(m)) {
                    if (!Set.of("Mesgbody", "Number").contains(f.getTagName()) || fields.put(f.getTagName(), f) != null) {
                        throw bad("05", "Message yalnız birer Mesgbody ve Number içerir");
                    }
                }
                String text = text(fields.get("Mesgbody"));
                if (text == null || text.isEmpty()) {
                    throw bad("12", "Mesaj metni alanı boş");
                }
                s.items.add(new Item(text, number(trimmed(text(fields.get("Number"))))));
            }
        }
        s.originator = trimmed(text(elements.get("Originator")));
        s.accountId = trimmed(text(elements.get("AccountId")));
        s.messageType = trimmed(text(elements.get("MessageType")));
        s.recipientType = trimmed(text(elements.get("RecipientType")));
        s.tags = orEmpty(text(elements.get("Tags")));
        String blacklist = trimmed(text(elements.get("Blacklist")));
        if (!blacklist.matches("[01]?")) {
            throw bad("05", "Blacklist boş, 0 veya 1 olmalı");
        }
        try {
            s.sendAt = legacyDate(trimmed(text(elements.get("SDate"))), "SDate");
        } catch (MobildevRefusal r) {
            throw bad("15", "Hatalı gönderim tarihi (SDate ggAAyyyySSdd)");
        }
        s.endAt = legacyDate(trimmed(text(elements.get("EDate"))), "EDate");
        String encoding = trimmed(text(elements.get("Encoding")));
        if (!encoding.isEmpty() && !encoding.matches("[01]")) {
            throw bad("05", "Encoding 0 veya 1 olmalı");
        }
        s.encoding = encoding.isEmpty() ? 0 : Integer.parseInt(encoding);
        if (s.encoding == 0) {
            for (Item item : s.items) {
                if (!SmsLength.isGsm7(item.text)) {
                    throw bad("05", "Encoding 0 (GSM) ile gönderilemeyecek karakter var; Encoding 1 kullanın");
                }
            }
        }
        s.checkCommon();
        return s;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) n);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                throw bad("05", parent.getTagName() + " içinde metin olmamalı");
            }
        }
        return result;
    }

    /** The text of a simple element, exactly as sent; null when absent. Refuses elements that contain elements. */
    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        NodeList nodes = e.getChildNodes();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                throw bad("05", e.getTagName() + " düğümü metin içermeli");
            }
        }
        return sb.toString();
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            f.setCoalescing(true);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- JSON

    static MobildevSubmission parseJson(byte[] body, boolean campaign, ObjectMapper json) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!isMinified(text)) {
            throw invalid("JSON gövde minify edilmiş (boşluksuz) olmalı (SSS S5)");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw invalid("JSON okunamadı");
        }
        if (root == null || !root.isObject()) {
            throw invalid("JSON gövde bir nesne olmalı");
        }
        MobildevSubmission s = new MobildevSubmission(Format.JSON);
        s.action = campaign ? 1 : 0;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!JSON_KEYS.contains(key) && !(campaign && JSON_CAMPAIGN_KEYS.contains(key))) {
                throw invalid("bilinmeyen alan " + key);
            }
        }
        int shapes = (root.has("to") ? 1 : 0) + (root.has("messages") ? 1 : 0) + (root.has("segments") ? 1 : 0);
        if (shapes != 1) {
            throw invalid(campaign ? "to, messages veya segments alanlarından yalnız biri olmalı" : "to zorunlu");
        }
        if (root.has("to")) {
            String message = string(root, "message", true);
            JsonNode to = root.get("to");
            if (to.isTextual()) {
                s.items.add(new Item(message, jsonNumber(to.asText())));
            } else if (to.isArray() && !to.isEmpty()) {
                for (JsonNode n : to) {
                    if (!n.isTextual()) {
                        throw invalid("to yalnız metin numaralar içerir");
                    }
                    s.items.add(new Item(message, jsonNumber(n.asText())));
                }
            } else {
                throw invalid("to bir numara veya numara listesi olmalı");
            }
        } else if (root.has("messages")) {
            if (root.has("message")) {
                throw invalid("messages ile message birlikte gönderilmez");
            }
            JsonNode messages = root.get("messages");
            if (!messages.isArray() || messages.isEmpty()) {
                throw invalid("messages boş olmayan bir liste olmalı");
            }
            for (JsonNode m : messages) {
                if (!m.isObject() || m.size() != 2 || !m.path("to").isTextual()) {
                    throw invalid("messages öğeleri {to, message} olmalı");
                }
                s.items.add(new Item(string(m, "message", true), jsonNumber(m.get("to").asText())));
            }
        } else {
            JsonNode segments = root.get("segments");
            if (!segments.isArray() || segments.isEmpty()) {
                throw invalid("segments boş olmayan bir liste olmalı");
            }
            for (JsonNode g : segments) {
                if (!g.isTextual() || g.asText().isBlank()) {
                    throw invalid("segments grup adları içerir");
                }
                s.segments.add(g.asText());
            }
            s.segmentText = string(root, "message", true);
        }
        if (s.items.size() > MAX_NUMBERS) {
            throw invalid("bir istekte en çok " + MAX_NUMBERS + " numara olur");
        }
        s.campaignName = root.has("campaign_name") ? string(root, "campaign_name", true) : null;
        s.originator = orEmpty(string(root, "originator", false));
        s.accountId = orEmpty(string(root, "account_id", false));
        s.messageType = orEmpty(string(root, "message_type", false));
        s.recipientType = orEmpty(string(root, "recipient_type", false));
        s.tags = orEmpty(string(root, "tags", false));
        string(root, "template_id", false);
        s.sendAt = legacyDate(orEmpty(string(root, "send_date", false)), "send_date");
        s.endAt = legacyDate(orEmpty(string(root, "end_date", false)), "end_date");
        s.encoding = -1; // JSON carries UTF-8 text; the provider chooses the encoding
        s.checkCommon();
        return s;
    }

    /** No whitespace outside string literals. */
    static boolean isMinified(String json) {
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                return false;
            }
        }
        return true;
    }

    private static String string(JsonNode parent, String key, boolean required) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                throw invalid(key + " zorunlu");
            }
            return null;
        }
        if (!node.isTextual() || (required && node.asText().isEmpty())) {
            throw invalid(key + " boş olmayan bir metin olmalı");
        }
        return node.asText();
    }

    private static String jsonNumber(String raw) {
        if (!NUMBER.matcher(raw).matches()) {
            throw invalid("geçersiz numara " + raw + " (5XXXXXXXXX biçiminde olmalı)");
        }
        return raw;
    }

    // ---- both

    private void checkCommon() {
        if (items.size() > MAX_NUMBERS) {
            throw format == Format.XML ? bad("05", "bir istekte en çok " + MAX_NUMBERS + " numara olur")
                    : invalid("bir istekte en çok " + MAX_NUMBERS + " numara olur");
        }
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.number + "\u0000" + item.text)) {
                throw malformed("aynı numara aynı metinle iki kez: " + item.number);
            }
        }
        if (!messageType.isEmpty() && !"C".equals(messageType) && !"N".equals(messageType)) {
            throw malformed("MessageType N (normal), C (ticari) veya boş olmalı");
        }
        if ("C".equals(messageType) && !"B".equals(recipientType) && !"T".equals(recipientType)) {
            throw malformed("ticari ileti (MessageType C) için RecipientType B (bireysel) veya T (tacir) zorunlu");
        }
        if (!"C".equals(messageType) && !recipientType.isEmpty()) {
            throw malformed("RecipientType yalnız ticari iletide (MessageType C) verilir");
        }
        if (!accountId.isEmpty() && !accountId.matches("\\d{1,18}")) {
            throw malformed("AccountId sayı olmalı");
        }
        if (sendAt != null && endAt != null && !endAt.isAfter(sendAt)) {
            throw malformed("EDate SDate'ten sonra olmalı");
        }
    }

    private MobildevRefusal malformed(String description) {
        return format == Format.XML ? bad("05", description) : invalid(description);
    }

    private static String number(String raw) {
        if (raw == null || !NUMBER.matcher(raw).matches()) {
            throw bad("05", "geçersiz numara " + raw + " (5XXXXXXXXX biçiminde olmalı)");
        }
        return raw;
    }

    private static Instant legacyDate(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, LEGACY_DATE).atZone(TURKEY).toInstant();
        } catch (DateTimeParseException e) {
            throw MobildevRefusal.body(400, "invalid_request", "05", field + " ggAAyyyySSdd biçiminde olmalı: " + value);
        }
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static MobildevRefusal bad(String legacyCode, String description) {
        return MobildevRefusal.body(400, "invalid_request", legacyCode, description);
    }

    static MobildevRefusal invalid(String description) {
        return MobildevRefusal.body(400, "invalid_request", "05", description);
    }
}
