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
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsSendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The iletiMerkezi JSON API: every call is {@code POST {baseUrl}/v1/{method}/json} with the key and hash in
 * {@code request.authentication}, and answers {@code response.status.code} (the HTTP status repeats it). Ids, codes and
 * counts are read whether the API writes them as strings or numbers, as its own examples do both.
 */
public final class IletimerkeziApi {

    private static final Logger LOG = LoggerFactory.getLogger(IletimerkeziApi.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final int MAX_ROWS = 1000;
    /**
     * The most pages one query reads. A provider that keeps answering "more" (a total it never reaches, the same page
     * again) would otherwise hold the caller in a loop until memory runs out; found by fuzzing the answers.
     */
    static final int MAX_PAGES = 100;
    private static final long MAX_REPORT_DAYS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final String CODE = "response.status.code";
    static final String MESSAGE = "response.status.message";
    static final String ORDER_ID = "response.order.id";
    /** What a send's answer is read for: its status and the order's id. */
    static final AnswerFields SEND_ANSWER = new AnswerFields(CODE, MESSAGE, ORDER_ID);

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final String apiHash;
    private final Clock clock;
    private final ObjectMapper mapper = ProviderJson.mapper();
    /** Each method's URI, parsed once (the methods are the nine operations). */
    private final Map<String, URI> uris = new ConcurrentHashMap<>();

    public IletimerkeziApi(ProviderHttpClient http, String baseUrl, String apiKey, String apiHash, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.apiHash = apiHash;
        this.clock = clock;
    }

    /** Sends one order (validated by the builder) and returns its id. */
    public SmsSendResult sendSms(IletimerkeziOrderBuilder.Order order) {
        ProviderHttpResponse response = post("send-sms", g -> {
            g.writeFieldName("order");
            order.writeTo(g);
        }, false);
        Map<String, JsonNode> answer = SEND_ANSWER.read(mapper.getFactory(), response.body());
        if (answer == null) {
            throw unreadable("send-sms", response, false);
        }
        check("send-sms", response, false, answer.getOrDefault(CODE, MissingNode.getInstance()),
                answer.getOrDefault(MESSAGE, MissingNode.getInstance()));
        String id = text(answer.getOrDefault(ORDER_ID, MissingNode.getInstance()));
        if (id == null || id.isEmpty()) {
            throw new ProviderAmbiguousResultException(ProviderErrorDetails.of(IletimerkeziErrors.PROVIDER)
                    .httpStatus(200).providerMessage("the answer has no order id")
                    .remedy("The order may have been accepted; check get-reports before sending it again").build(),
                    null);
        }
        LOG.debug("iletimerkezi accepted order {} for {} recipient(s)", id, order.recipientCount());
        return new SmsSendResult(IletimerkeziErrors.PROVIDER, id, order.recipientCount(), order.segments());
    }

    /** The state of an order and each of its messages, every page of them. */
    public IletimerkeziReport getReport(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new ProviderValidationException(IletimerkeziErrors.PROVIDER,
                    "no order id: set CamelSmsMessageId or the body to the id send-sms returned");
        }
        Instant observed = clock.instant();
        List<DeliveryReport> reports = new ArrayList<>();
        int orderStatus = IletimerkeziReport.SENDING;
        for (int page = 1; ; page++) {
            checkPage("get-report", page);
            ObjectNode fields = mapper.createObjectNode();
            fields.putObject("order").put("id", orderId).put("page", page).put("rowCount", MAX_ROWS);
            JsonNode order;
            try {
                order = call("get-report", fields, true).path("order");
            } catch (ProviderInvalidRequestException e) {
                if ("456".equals(e.getProviderCode())) {
                    // scheduled, not yet due: still pending, nothing to report per recipient
                    return new IletimerkeziReport(orderId, IletimerkeziReport.SENDING, true, List.of());
                }
                throw e;
            }
            orderStatus = integer(order.path("status"), IletimerkeziReport.SENDING);
            JsonNode messages = order.path("message");
            for (JsonNode m : messages) {
                reports.add(new DeliveryReport(IletimerkeziErrors.PROVIDER, orderId, text(m.path("number")),
                        deliveryStatus(orderStatus, integer(m.path("status"), 110)), text(m.path("status")),
                        observed));
            }
            int total = integer(order.path("total"), -1);
            // a page shorter than rowCount is the last, whatever total says
            boolean more = messages.size() >= MAX_ROWS && (total < 0 || reports.size() < total);
            if (!more) {
                break;
            }
        }
        return new IletimerkeziReport(orderId, orderStatus, false, reports);
    }

    static DeliveryStatus deliveryStatus(int orderStatus, int messageStatus) {
        if (orderStatus == IletimerkeziReport.NOT_SENT) {
            return DeliveryStatus.FAILED;
        }
        switch (messageStatus) {
            case 111:
                return DeliveryStatus.DELIVERED;
            case 112:
                return DeliveryStatus.UNDELIVERED;
            default:
                return DeliveryStatus.PENDING;
        }
    }

    /** The orders submitted between two days (Turkish time, inclusive, at most 10 days apart), every page. */
    public List<IletimerkeziOrderSummary> getReports(LocalDate start, LocalDate end) {
        List<String> violations = new ArrayList<>();
        if (start == null || end == null) {
            violations.add("get-reports needs CamelIletimerkeziStartDate and CamelIletimerkeziEndDate");
        } else if (end.isBefore(start)) {
            violations.add("the end date " + end + " is before the start date " + start);
        } else if (ChronoUnit.DAYS.between(start, end) > MAX_REPORT_DAYS) {
            violations.add("get-reports spans at most " + MAX_REPORT_DAYS + " days; " + start + " to " + end
                           + " is longer");
        }
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(IletimerkeziErrors.PROVIDER, violations);
        }
        List<IletimerkeziOrderSummary> result = new ArrayList<>();
        for (int page = 1; ; page++) {
            checkPage("get-reports", page);
            ObjectNode fields = mapper.createObjectNode();
            fields.putObject("filter").put("start", DAY.format(start)).put("end", DAY.format(end)).put("page", page);
            JsonNode response = call("get-reports", fields, true);
            JsonNode orders = response.path("orders");
            for (JsonNode o : orders) {
                result.add(new IletimerkeziOrderSummary(text(o.path("id")), integer(o.path("status"), 0),
                        integer(o.path("total"), 0), integer(o.path("delivered"), 0),
                        integer(o.path("undelivered"), 0), integer(o.path("waiting"), 0),
                        timestamp(o.path("submitAt")), timestamp(o.path("sendAt")), text(o.path("sender"))));
            }
            int count = integer(response.path("count"), -1);
            if (orders.isEmpty() || count < 0 || result.size() >= count) {
                return result;
            }
        }
    }

    /** Cancels a scheduled order that has not started sending. */
    public void cancelOrder(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new ProviderValidationException(IletimerkeziErrors.PROVIDER,
                    "no order id: set CamelSmsMessageId or the body to the id send-sms returned");
        }
        ObjectNode fields = mapper.createObjectNode();
        fields.putObject("order").put("id", orderId);
        // a repeated cancel cannot do harm, but it is not a query either
        call("cancel-order", fields, false);
    }

    public IletimerkeziBalance getBalance() {
        JsonNode balance = call("get-balance", mapper.createObjectNode(), true).path("balance");
        String amount = text(balance.path("amount"));
        BigDecimal money;
        try {
            money = amount == null || amount.isEmpty() ? BigDecimal.ZERO : new BigDecimal(amount.replace(',', '.'));
        } catch (NumberFormatException e) {
            money = null;
        }
        return new IletimerkeziBalance(money, integer(balance.path("sms"), 0));
    }

    public List<String> getSenders() {
        List<String> senders = new ArrayList<>();
        call("get-sender", mapper.createObjectNode(), true).path("senders").path("sender")
                .forEach(s -> senders.add(s.asText()));
        return senders;
    }

    /** Every blacklisted number, optionally only those added between two instants (Turkish time). */
    public List<String> getBlacklist(LocalDateTime start, LocalDateTime end) {
        List<String> numbers = new ArrayList<>();
        for (int page = 1; ; page++) {
            checkPage("get-blacklist", page);
            ObjectNode fields = mapper.createObjectNode();
            ObjectNode blacklist = fields.putObject("blacklist");
            if (start != null || end != null) {
                ObjectNode filter = blacklist.putObject("filter");
                if (start != null) {
                    filter.put("start", TIMESTAMP.format(start));
                }
                if (end != null) {
                    filter.put("end", TIMESTAMP.format(end));
                }
            }
            blacklist.put("page", page).put("rowCount", MAX_ROWS);
            JsonNode list = call("get-blacklist", fields, true).path("blacklist");
            JsonNode page1 = list.path("number");
            page1.forEach(n -> numbers.add(n.asText()));
            int count = integer(list.path("count"), -1);
            if (page1.size() < MAX_ROWS || count >= 0 && numbers.size() >= count) {
                return numbers;
            }
        }
    }

    /** Adds a number to, or removes it from, the account's blacklist. @return the number as sent */
    public String changeBlacklist(String number, boolean add) {
        String formatted = PhoneNumbers.normalize(IletimerkeziErrors.PROVIDER,
                number == null ? List.of() : List.of(number), PhoneNumbers.Scope.ANY_MOBILE,
                PhoneNumbers.Style.E164).get(0);
        ObjectNode fields = mapper.createObjectNode();
        fields.putObject("blacklist").put("number", formatted);
        call(add ? "add-blacklist" : "delete-blacklist", fields, true);
        return formatted;
    }

    /**
     * Calls one method. The request is built afresh for the call; its body holds the credentials, so neither it nor
     * anything derived from it is ever logged or put in an error.
     */
    private JsonNode call(String method, ObjectNode fields, boolean idempotent) {
        return call(method, g -> {
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                g.writeFieldName(field.getKey());
                mapper.writeTree(g, field.getValue());
            }
        }, idempotent);
    }

    /** Writes the fields of a request beside its {@code authentication}. */
    @FunctionalInterface
    private interface RequestFields {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /** Calls one method; its answer, checked, is its {@code response} object. */
    private JsonNode call(String method, RequestFields fields, boolean idempotent) {
        ProviderHttpResponse response = post(method, fields, idempotent);
        JsonNode json;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        if (json == null) {
            throw unreadable(method, response, idempotent);
        }
        JsonNode status = json.path("response").path("status");
        check(method, response, idempotent, status.path("code"), status.path("message"));
        return json.path("response");
    }

    /**
     * Posts one method, the request's body written straight from its parts (the credentials and the method's
     * fields): no JSON tree is built for it. @return the answer, whatever it says
     */
    private ProviderHttpResponse post(String method, RequestFields fields, boolean idempotent) {
        byte[] body;
        try (ByteArrayBuilder out = new ByteArrayBuilder(512);
             JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("request");
            g.writeObjectFieldStart("authentication");
            g.writeStringField("key", apiKey);
            g.writeStringField("hash", apiHash);
            g.writeEndObject();
            fields.writeTo(g);
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            body = out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the " + method + " request", e);
        }
        ProviderHttpRequest httpRequest = ProviderHttpRequest.post(uris.computeIfAbsent(method,
                        m -> URI.create(baseUrl + "/v1/" + m + "/json")))
                .header("Accept", "application/json").body(body, JSON).idempotent(idempotent).build();
        return http.execute(httpRequest);
    }

    /** Returns when the answer's {@code response.status} says the call succeeded; else throws its typed error. */
    private void check(String method, ProviderHttpResponse response, boolean idempotent, JsonNode codeNode,
                       JsonNode message) {
        Integer code = integerOrNull(codeNode);
        if (code == null) {
            throw unreadable(method, response, idempotent);
        }
        if (code == 200 && response.isSuccess()) {
            return;
        }
        ProviderException error = IletimerkeziErrors.of(code, text(message), response.status(),
                response.rateLimit(null, clock), idempotent);
        LOG.debug("iletimerkezi {} refused: {}", method, error.getMessage());
        throw error;
    }

    private static void checkPage(String method, int page) {
        if (page > MAX_PAGES) {
            throw new ProviderUnavailableException(ProviderErrorDetails.of(IletimerkeziErrors.PROVIDER)
                    .providerMessage("the answers to " + method + " announced more than " + MAX_PAGES + " pages")
                    .remedy("Nothing was changed; query a shorter period, or check the baseUrl points at"
                            + " iletiMerkezi").build(), null);
        }
    }

    private static ProviderException unreadable(String method, ProviderHttpResponse response, boolean idempotent) {
        ProviderErrorDetails details = ProviderErrorDetails.of(IletimerkeziErrors.PROVIDER)
                .httpStatus(response.status())
                .providerMessage("the answer to " + method + " is not iletiMerkezi's JSON")
                .remedy(idempotent ? "The query can be repeated"
                        : "The request may have been accepted; check get-reports before sending it again")
                .build();
        if (!response.isSuccess()) {
            return HttpFailures.fromStatus(details, response.rateLimit(null, Clock.systemUTC()), idempotent);
        }
        return idempotent ? new ProviderUnavailableException(details, null)
                : new ProviderAmbiguousResultException(details, null);
    }

    private static String text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : null;
    }

    private static Integer integerOrNull(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integer(JsonNode node, int defaultValue) {
        Integer value = integerOrNull(node);
        return value == null ? defaultValue : value;
    }

    private static LocalDateTime timestamp(JsonNode node) {
        return parse(text(node), s -> LocalDateTime.parse(s, TIMESTAMP));
    }

    private static <T> T parse(String s, Function<String, T> parser) {
        try {
            return s == null ? null : parser.apply(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
