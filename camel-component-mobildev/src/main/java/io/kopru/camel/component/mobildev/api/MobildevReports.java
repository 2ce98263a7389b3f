package io.kopru.camel.component.mobildev.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delivery report, one {@link DeliveryReport} per recipient, from either format:
 * <pre>
 * &lt;MainReportRoot&gt;&lt;MsgID&gt;1825415058&lt;/MsgID&gt;&lt;Reports&gt;
 *   &lt;Report&gt;&lt;Number&gt;5056647139&lt;/Number&gt;&lt;Status&gt;1&lt;/Status&gt;&lt;Date&gt;2025-03-26T15:00:00+03:00&lt;/Date&gt;&lt;/Report&gt;
 * &lt;/Reports&gt;&lt;/MainReportRoot&gt;
 * {"id":"1825415058","reports":[{"number":"5056647139","status":1,"date":"2025-03-26T15:00:00+03:00"}]}
 * </pre>
 * Status 0 pending, 1 delivered, 2 undelivered, 3 expired; a status this component does not know stays pending, so
 * that a poller keeps asking rather than declaring a message lost (and resending it). Dates are ISO-8601 with an
 * offset, or the XML API's {@code ddMMyyyyHHmm} in Turkish time; without one, the time of the query is used.
 */
final class MobildevReports {

    private static final XmlMapper XML = new XmlMapper();
    private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("ddMMyyyyHHmm");

    private MobildevReports() {
    }

    static List<DeliveryReport> parse(byte[] body, String id, Instant observed) throws IOException {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).trim();
        JsonNode list;
        if (text.startsWith("<")) {
            list = XML.readTree(body).path("Reports").path("Report");
        } else if (text.startsWith("{")) {
            list = ProviderJson.mapper().readTree(body).path("reports");
        } else {
            throw new IllegalArgumentException("neither XML nor JSON");
        }
        List<JsonNode> rows = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(rows::add);
        } else if (list.isObject()) {
            rows.add(list);
        }
        List<DeliveryReport> reports = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            String number = field(row, "Number", "number");
            String status = field(row, "Status", "status");
            String date = field(row, "Date", "date");
            reports.add(new DeliveryReport(MobildevErrors.PROVIDER, id, number, status(status), status,
                    time(date, observed)));
        }
        return reports;
    }

    static DeliveryStatus status(String code) {
        if (code == null) {
            return DeliveryStatus.PENDING;
        }
        switch (code.trim()) {
            case "1":
                return DeliveryStatus.DELIVERED;
            case "2":
                return DeliveryStatus.UNDELIVERED;
            case "3":
                return DeliveryStatus.EXPIRED;
            default:
                return DeliveryStatus.PENDING;
        }
    }

    private static String field(JsonNode row, String xmlName, String jsonName) {
        JsonNode n = row.has(xmlName) ? row.get(xmlName) : row.path(jsonName);
        return n.isTextual() || n.isNumber() ? n.asText() : null;
    }

    private static Instant time(String value, Instant observed) {
        if (value == null || value.isBlank()) {
            return observed;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(value.trim(), LEGACY).atZone(MobildevBodies.TURKEY).toInstant();
            } catch (DateTimeException e2) {
                return observed;
            }
        }
    }
}
