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
package io.kopru.camel.sandbox.iletimerkezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.SlidingWindowLimit;
import io.kopru.camel.sandbox.SmsLength;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziStatus.Refusal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.kopru.camel.sandbox.iletimerkezi.IletimerkeziStatus.refuse;

/**
 * iletiMerkezi's JSON API ({@code POST /v1/{method}/json}) as its documents describe it: the key and hash in the body,
 * the "Allow API access" toggle, the static-IP allow-list, approved senders, the İYS fields, balance falling with each
 * part sent, 451 for the same text to the same recipients within ten minutes, every status code, orders moving from
 * 113 to 114 and messages from 110 to 111 or 112 as time passes (or on demand). The HTTP status repeats the body's
 * status code, as the documents say.
 */
public final class IletimerkeziSimulator implements ProviderSimulator {

    public static final String API_KEY = "im-test-key-5f2a";
    public static final String API_HASH = "im-test-hash-9c41e7";
    /** An account whose "Allow API access" toggle is off. */
    public static final String API_OFF_KEY = "im-off-key-77b0";
    public static final String API_OFF_HASH = "im-off-hash-1d3c";
    /** An account that only accepts requests from 203.0.113.10. */
    public static final String IP_LOCKED_KEY = "im-iplock-key-3e8d";
    public static final String IP_LOCKED_HASH = "im-iplock-hash-a0f2";
    public static final List<String> SENDERS = List.of("ACME", "KOPRU");
    public static final long INITIAL_CREDITS = 10_000;
    /** iletiMerkezi's transactional limit, 100 a second, enforced by {@link #enforceDocumentedLimit()}. */
    public static final int DOCUMENTED_REQUESTS_PER_SECOND = 100;
    /**
     * The test sender every account may use before its own sender is approved. iletiMerkezi's developer index and API
     * manifest: it "sends only to your registered test number, free of charge"; "APITEST kullanıldığında iys her zaman
     * 0, mesaj metni sabit doğrulama metniyle değiştirilir".
     */
    public static final String APITEST = "APITEST";
    /**
     * The fixed text an APITEST message is delivered with. iletiMerkezi says the text is replaced by a fixed
     * verification text but does not quote it; these words are the sandbox's own.
     */
    public static final String APITEST_TEXT = "iletiMerkezi API test mesajidir.";
    /**
     * The system property (or, in capitals with underscores, environment variable) that registers the test account's
     * delivery-report URL when the simulator starts standalone: iletiMerkezi's panel setting, which its API lacks.
     */
    public static final String DELIVERY_REPORT_URL_PROPERTY = "iletimerkezi.sandbox.delivery-report-url";
    static final String DELIVERY_REPORT_URL_ENV = "ILETIMERKEZI_SANDBOX_DELIVERY_REPORT_URL";
    /** The test account's registered mobile number. */
    public static final String TEST_NUMBER = "+905320000001";

    static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter SEND_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PATH = Pattern.compile("/v1/([a-z-]+)/json");
    private static final Pattern TURKISH_LETTERS = Pattern.compile("[çğıöşüÇĞİÖŞÜ]");
    private static final Pattern NUMBER_PUNCTUATION = Pattern.compile("[\\s()-]");
    /** +905..., 905..., 05... or 5... with nine more digits. */
    private static final Pattern TURKISH_MOBILE = Pattern.compile("(?:\\+90|90|0)?5(\\d{9})");
    private static final Set<String> METHODS = Set.of("send-sms", "get-report", "get-reports", "cancel-order",
            "get-balance", "get-sender", "get-blacklist", "add-blacklist", "delete-blacklist");
    private static final int MAX_PARTS = 7;
    private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);
    private static final int REPORTS_PAGE_SIZE = 30;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, IletimerkeziAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, IletimerkeziOrder> orders = new ConcurrentHashMap<>();
    private final List<IletimerkeziOrder> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> recentTexts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> undeliverable = new ConcurrentHashMap<>();
    private final AtomicLong nextOrderId = new AtomicLong(240_000_001L);
    private volatile Duration deliveryDelay = Duration.ofSeconds(2);
    private volatile boolean unavailable;
    private volatile SlidingWindowLimit rateLimit;
    private final java.util.Deque<Integer> forcedCodes = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private Clock clock = Clock.systemUTC();
    private final IletimerkeziReportPusher pusher = new IletimerkeziReportPusher(orders::values,
            key -> {
                IletimerkeziAccount account = accounts.get(key);
                return account == null ? null : account.deliveryReportUrl;
            });

    public IletimerkeziSimulator() {
        reset();
    }

    @Override
    public String name() {
        return "iletimerkezi";
    }

    @Override
    public void attach(SandboxServer server) {
        this.clock = server.clock();
        pusher.start(clock);
    }

    /** Stops posting delivery reports. */
    @Override
    public void close() {
        pusher.close();
    }

    @Override
    public Map<String, String> credentials() {
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("apiKey", API_KEY);
        c.put("secretKey (API hash)", API_HASH);
        c.put("sender", String.join(" or ", SENDERS));
        c.put("account with API access off", API_OFF_KEY + " / " + API_OFF_HASH);
        c.put("account limited to 203.0.113.10", IP_LOCKED_KEY + " / " + IP_LOCKED_HASH);
        c.put("undeliverable numbers", "any ending in 99");
        return c;
    }

    @Override
    public synchronized void reset() {
        accounts.clear();
        accounts.put(API_KEY, new IletimerkeziAccount(API_KEY, API_HASH, true, INITIAL_CREDITS, SENDERS));
        accounts.put(API_OFF_KEY, new IletimerkeziAccount(API_OFF_KEY, API_OFF_HASH, false, INITIAL_CREDITS, SENDERS));
        accounts.put(IP_LOCKED_KEY, new IletimerkeziAccount(IP_LOCKED_KEY, IP_LOCKED_HASH, true, INITIAL_CREDITS, SENDERS)
                .allowOnlyIps("203.0.113.10"));
        String reportUrl = System.getProperty(DELIVERY_REPORT_URL_PROPERTY, System.getenv(DELIVERY_REPORT_URL_ENV));
        if (reportUrl != null && !reportUrl.isBlank()) {
            accounts.get(API_KEY).deliveryReportUrl(reportUrl.trim());
        }
        pusher.reset();
        orders.clear();
        accepted.clear();
        recentTexts.clear();
        undeliverable.clear();
        deliveryDelay = Duration.ofSeconds(2);
        unavailable = false;
        forcedCodes.clear();
        rateLimit = null;
    }

    @Override
    public String faultBody(int status) {
        return envelope(status).toString();
    }

    // ---- what tests can see and change

    public IletimerkeziAccount account(String key) {
        return accounts.get(key);
    }

    /** Opens another account, with API access on, the default senders and credits. */
    public IletimerkeziAccount addAccount(String key, String hash) {
        IletimerkeziAccount account = new IletimerkeziAccount(key, hash, true, INITIAL_CREDITS, SENDERS);
        accounts.put(key, account);
        return account;
    }

    /** Every order accepted, in order. */
    public List<IletimerkeziOrder> acceptedOrders() {
        return List.copyOf(accepted);
    }

    /** Every delivery report posted to a registered URL so far, in order, with the receiver's answer. */
    public List<IletimerkeziReportPost> pushedReports() {
        return pusher.posts();
    }

    /**
     * How many times each number was accepted (+90... form), over every text of every accepted order: the record a
     * bulk run's lost and sent-twice recipients are checked against.
     */
    public Map<String, Integer> acceptancesPerRecipient() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (IletimerkeziOrder order : accepted) {
            for (IletimerkeziOrder.Part part : order.parts) {
                for (String number : part.recipients) {
                    counts.merge(number, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Messages accepted: one per recipient per text. */
    public int acceptedMessageCount() {
        return accepted.stream().mapToInt(IletimerkeziOrder::recipientCount).sum();
    }

    public IletimerkeziOrder order(String id) {
        return orders.get(id);
    }

    /** How long after its send time an order's messages reach their final state. */
    public void setDeliveryDelay(Duration delay) {
        this.deliveryDelay = delay;
    }

    /** Delivers every pending message now. */
    public void deliverAll() {
        Instant now = clock.instant();
        orders.values().forEach(o -> {
            if (o.finalAt.isAfter(now) && !o.sendAt.isAfter(now)) {
                o.finalAt = now;
            }
        });
    }

    /** Makes the operator refuse messages to this number (message status 112). */
    public void makeUndeliverable(String e164Number) {
        undeliverable.put(e164Number, Boolean.TRUE);
    }

    /**
     * The next authenticated call answers with this status code (and its documented message) without doing
     * anything, to reach codes a careful client never provokes (453, 457, 470...) and codes the documents do not
     * list. A code not in the documents gets the message "Bilinmeyen hata".
     */
    public void answerNextWith(int code) {
        forcedCodes.addLast(code);
    }

    /** While set, every call answers 503. */
    public void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    /**
     * Limits calls per second (the documents give no number for the API as a whole; 100 SMS per second is the
     * transactional limit). Excess calls answer 429 with {@code X-RateLimit-*} headers. Off by default.
     */
    public void setRateLimit(int perWindow, Duration window) {
        this.rateLimit = perWindow <= 0 ? null : new SlidingWindowLimit(perWindow, window, clock);
    }

    /**
     * The documented limit, on: {@value #DOCUMENTED_REQUESTS_PER_SECOND} calls in any second (iletiMerkezi's
     * transactional limit of 100 a second, read as calls: the limit a client can meter before it sends).
     */
    public void enforceDocumentedLimit() {
        setRateLimit(DOCUMENTED_REQUESTS_PER_SECOND, Duration.ofSeconds(1));
    }

    // ---- the API

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        ObjectNode answer;
        try {
            answer = dispatch(exchange);
        } catch (Refusal r) {
            answer = envelope(r.code);
        }
        int code = answer.path("response").path("status").path("code").asInt();
        exchange.respondJson(code, json.writeValueAsString(answer));
    }

    private ObjectNode dispatch(SandboxExchange exchange) {
        java.util.regex.Matcher m = PATH.matcher(exchange.path());
        if (!"POST".equals(exchange.method()) || !m.matches() || !METHODS.contains(m.group(1))) {
            throw refuse(404);
        }
        if (unavailable) {
            throw refuse(503);
        }
        SlidingWindowLimit limit = rateLimit;
        if (limit != null) {
            SlidingWindowLimit.Decision d = limit.tryAcquire();
            exchange.responseHeader("X-RateLimit-Limit", String.valueOf(d.limit));
            exchange.responseHeader("X-RateLimit-Remaining", String.valueOf(d.remaining));
            exchange.responseHeader("X-RateLimit-Reset", String.valueOf(d.resetEpochSeconds));
            if (!d.allowed) {
                exchange.responseHeader("Retry-After", String.valueOf(d.retryAfterSeconds));
                throw refuse(429);
            }
        }
        JsonNode request;
        try {
            request = json.readTree(exchange.body()).path("request");
        } catch (IOException e) {
            throw refuse(400);
        }
        if (!request.isObject()) {
            throw refuse(400);
        }
        IletimerkeziAccount account = authenticate(request.path("authentication"), exchange.remoteIp());
        Integer forced = forcedCodes.pollFirst();
        if (forced != null) {
            throw refuse(forced);
        }
        switch (m.group(1)) {
            case "send-sms":
                return sendSms(account, request.path("order"));
            case "get-report":
                return getReport(account, request.path("order"));
            case "get-reports":
                return getReports(account, request);
            case "cancel-order":
                return cancelOrder(account, request.path("order"));
            case "get-balance":
                return getBalance(account);
            case "get-sender":
                return getSender(account);
            case "get-blacklist":
                return getBlacklist(account, request.path("blacklist"));
            case "add-blacklist":
                return changeBlacklist(account, request.path("blacklist"), true);
            default:
                return changeBlacklist(account, request.path("blacklist"), false);
        }
    }

    private IletimerkeziAccount authenticate(JsonNode auth, String ip) {
        IletimerkeziAccount account = accounts.get(auth.path("key").asText(""));
        if (account == null || !account.hash.equals(auth.path("hash").asText(""))
            || !account.apiAccessAllowed
            || (!account.allowedIps.isEmpty() && !account.allowedIps.contains(ip))) {
            throw refuse(401);
        }
        return account;
    }

    private ObjectNode sendSms(IletimerkeziAccount account, JsonNode order) {
        if (!order.isObject()) {
            throw refuse(400);
        }
        String sender = order.path("sender").asText("");
        if (sender.isEmpty()) {
            throw refuse(459);
        }
        if (sender.length() > 11 || TURKISH_LETTERS.matcher(sender).find()) {
            throw refuse(460);
        }
        boolean apiTest = APITEST.equals(sender);
        if (!apiTest && !account.approvedSenders.contains(sender)) {
            throw refuse(450);
        }
        String iys = scalar(order.path("iys"));
        if (!"0".equals(iys) && !"1".equals(iys)) {
            throw refuse(468);
        }
        if (apiTest) {
            // APITEST forces iys 0, whatever was sent, so no İYS list is needed
            iys = "0";
        }
        String iysList = order.path("iysList").asText("");
        if ("1".equals(iys) && !"BIREYSEL".equals(iysList) && !"TACIR".equals(iysList)) {
            throw refuse(469);
        }
        Instant now = clock.instant();
        Instant sendAt = parseSendDateTime(order.path("sendDateTime"), now);

        JsonNode messages = order.path("message");
        List<JsonNode> items = new ArrayList<>();
        if (messages.isArray()) {
            messages.forEach(items::add);
        } else if (messages.isObject()) {
            items.add(messages);
        }
        if (items.isEmpty()) {
            throw refuse(454);
        }
        List<IletimerkeziOrder.Part> parts = new ArrayList<>();
        // the duplicate rule compares texts as submitted, not APITEST's fixed one
        Map<IletimerkeziOrder.Part, String> submittedTexts = new java.util.IdentityHashMap<>();
        long cost = 0;
        for (JsonNode item : items) {
            String text = item.path("text").asText("");
            if (text.isEmpty()) {
                throw refuse(454);
            }
            JsonNode numbers = item.path("receipents").path("number");
            if (!numbers.isArray() || numbers.isEmpty()) {
                throw refuse(452);
            }
            Set<String> recipients = new LinkedHashSet<>();
            for (JsonNode n : numbers) {
                String number = normalizeMobile(scalar(n));
                if (number == null || account.blacklist.containsKey(number)
                    || (apiTest && !number.equals(account.testNumber))) {
                    // APITEST delivers to the registered test number only
                    throw refuse(452);
                }
                recipients.add(number);
            }
            int segments = SmsLength.parts(text);
            if (segments > MAX_PARTS) {
                throw refuse(453);
            }
            if (apiTest) {
                // validated as sent, delivered with the fixed text, free of charge
                IletimerkeziOrder.Part part = new IletimerkeziOrder.Part(APITEST_TEXT, new ArrayList<>(recipients),
                        SmsLength.parts(APITEST_TEXT));
                submittedTexts.put(part, text);
                parts.add(part);
                continue;
            }
            parts.add(new IletimerkeziOrder.Part(text, new ArrayList<>(recipients), segments));
            cost += (long) segments * recipients.size();
        }
        synchronized (this) {
            for (IletimerkeziOrder.Part part : parts) {
                Instant last = recentTexts.get(duplicateKey(account, part, submittedTexts));
                if (last != null && Duration.between(last, now).compareTo(DUPLICATE_WINDOW) < 0) {
                    throw refuse(451);
                }
            }
            if (account.smsCredits.get() < cost) {
                throw refuse(402);
            }
            account.smsCredits.addAndGet(-cost);
            for (IletimerkeziOrder.Part part : parts) {
                recentTexts.put(duplicateKey(account, part, submittedTexts), now);
            }
            String id = String.valueOf(nextOrderId.getAndIncrement());
            IletimerkeziOrder accepted = new IletimerkeziOrder(id, account.key, sender, parts, "1".equals(iys),
                    "1".equals(iys) ? iysList : null, now, sendAt, sendAt.plus(deliveryDelay), undeliverable);
            orders.put(id, accepted);
            this.accepted.add(accepted);
            ObjectNode answer = envelope(200);
            ((ObjectNode) answer.get("response")).putObject("order").put("id", id);
            return answer;
        }
    }

    private static String duplicateKey(IletimerkeziAccount account, IletimerkeziOrder.Part part,
                                       Map<IletimerkeziOrder.Part, String> submittedTexts) {
        return account.key + "\u0000" + submittedTexts.getOrDefault(part, part.text) + "\u0000"
               + new TreeSet<>(part.recipients);
    }

    /** {@code DD/MM/YYYY HH:MM} in Turkish time, as a string or a one-element array; empty means now. */
    private static Instant parseSendDateTime(JsonNode node, Instant now) {
        String value;
        if (node.isMissingNode() || node.isNull()) {
            return now;
        } else if (node.isArray()) {
            if (node.size() > 1) {
                throw refuse(457);
            }
            value = node.isEmpty() ? "" : node.get(0).asText("");
        } else {
            value = node.asText("");
        }
        if (value.isEmpty()) {
            return now;
        }
        try {
            Instant at = LocalDateTime.parse(value, SEND_DATE_TIME).atZone(TURKEY).toInstant();
            return at.isBefore(now) ? now : at;
        } catch (DateTimeParseException e) {
            throw refuse(457);
        }
    }

    private ObjectNode getReport(IletimerkeziAccount account, JsonNode order) {
        IletimerkeziOrder o = ownOrder(account, scalar(order.path("id")));
        int page = intOrDefault(order.path("page"), 1);
        int rowCount = intOrDefault(order.path("rowCount"), 1000);
        if (page < 1) {
            throw refuse(464);
        }
        if (rowCount < 1 || rowCount > 1000) {
            throw refuse(422);
        }
        Instant now = clock.instant();
        if (!o.isCancelled() && now.isBefore(o.sendAt)) {
            throw refuse(456);
        }
        List<String[]> rows = new ArrayList<>();
        int delivered = 0;
        int undelivered = 0;
        for (IletimerkeziOrder.Part part : o.parts) {
            for (String number : part.recipients) {
                int status = o.messageStatus(number, now);
                delivered += status == 111 ? 1 : 0;
                undelivered += status == 112 ? 1 : 0;
                rows.add(new String[] {number, String.valueOf(status)});
            }
        }
        ObjectNode answer = envelope(200);
        ObjectNode out = ((ObjectNode) answer.get("response")).putObject("order");
        out.put("id", o.id);
        out.put("status", String.valueOf(o.orderStatus(now)));
        out.put("total", rows.size());
        out.put("delivered", delivered);
        out.put("undelivered", undelivered);
        out.put("waiting", rows.size() - delivered - undelivered);
        out.put("submitAt", TIMESTAMP.format(o.submitAt.atZone(TURKEY)));
        out.put("sendAt", TIMESTAMP.format(o.sendAt.atZone(TURKEY)));
        out.put("sender", o.sender);
        out.put("price", String.format(Locale.ROOT, "%.4f", o.credits() * 0.0372).replace('.', ','));
        ArrayNode messages = out.putArray("message");
        rows.stream().skip((long) (page - 1) * rowCount).limit(rowCount).forEach(r ->
                messages.addObject().put("number", r[0]).put("status", r[1]));
        return answer;
    }

    private ObjectNode getReports(IletimerkeziAccount account, JsonNode request) {
        JsonNode filter = request.path("filter");
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(filter.path("start").asText(""), DAY);
            end = LocalDate.parse(filter.path("end").asText(""), DAY);
        } catch (DateTimeParseException e) {
            throw refuse(458);
        }
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 10) {
            throw refuse(458);
        }
        int page = intOrDefault(filter.has("page") ? filter.path("page") : request.path("page"), 1);
        if (page < 1) {
            throw refuse(464);
        }
        Instant now = clock.instant();
        List<IletimerkeziOrder> inRange = orders.values().stream()
                .filter(o -> o.accountKey.equals(account.key))
                .filter(o -> {
                    LocalDate day = o.submitAt.atZone(TURKEY).toLocalDate();
                    return !day.isBefore(start) && !day.isAfter(end);
                })
                .sorted(Comparator.comparing((IletimerkeziOrder o) -> o.submitAt).thenComparing(o -> o.id))
                .collect(Collectors.toList());
        ObjectNode answer = envelope(200);
        ObjectNode response = (ObjectNode) answer.get("response");
        response.put("count", inRange.size());
        ArrayNode list = response.putArray("orders");
        inRange.stream().skip((long) (page - 1) * REPORTS_PAGE_SIZE).limit(REPORTS_PAGE_SIZE).forEach(o -> {
            int delivered = 0;
            int undelivered = 0;
            for (IletimerkeziOrder.Part part : o.parts) {
                for (String number : part.recipients) {
                    // as get-report reads it: a cancelled order's messages are undelivered, whenever it was due
                    int s = !o.isCancelled() && now.isBefore(o.sendAt) ? 110 : o.messageStatus(number, now);
                    delivered += s == 111 ? 1 : 0;
                    undelivered += s == 112 ? 1 : 0;
                }
            }
            list.addObject().put("id", o.id).put("status", String.valueOf(o.orderStatus(now)))
                    .put("total", o.recipientCount()).put("delivered", delivered).put("undelivered", undelivered)
                    .put("waiting", o.recipientCount() - delivered - undelivered)
                    .put("submitAt", TIMESTAMP.format(o.submitAt.atZone(TURKEY)))
                    .put("sendAt", TIMESTAMP.format(o.sendAt.atZone(TURKEY))).put("sender", o.sender);
        });
        return answer;
    }

    private ObjectNode cancelOrder(IletimerkeziAccount account, JsonNode order) {
        IletimerkeziOrder o = ownOrder(account, scalar(order.path("id")));
        synchronized (o) {
            // only an order still waiting for its send time can be cancelled
            if (o.isCancelled() || !clock.instant().isBefore(o.sendAt)) {
                throw refuse(455);
            }
            o.cancelled = true;
            account.smsCredits.addAndGet(o.credits());
        }
        return envelope(200);
    }

    private ObjectNode getBalance(IletimerkeziAccount account) {
        ObjectNode answer = envelope(200);
        long credits = account.smsCredits.get();
        ((ObjectNode) answer.get("response")).putObject("balance")
                .put("amount", String.format(Locale.ROOT, "%.4f", credits * 0.0372))
                .put("sms", String.valueOf(credits));
        return answer;
    }

    private ObjectNode getSender(IletimerkeziAccount account) {
        ObjectNode answer = envelope(200);
        ArrayNode senders = ((ObjectNode) answer.get("response")).putObject("senders").putArray("sender");
        new TreeSet<>(account.approvedSenders).forEach(senders::add);
        return answer;
    }

    private ObjectNode getBlacklist(IletimerkeziAccount account, JsonNode blacklist) {
        int page = intOrDefault(blacklist.path("page"), 1);
        int rowCount = intOrDefault(blacklist.path("rowCount"), 1000);
        if (page < 1) {
            throw refuse(464);
        }
        if (rowCount < 1 || rowCount > 1000) {
            throw refuse(422);
        }
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        JsonNode filter = blacklist.path("filter");
        try {
            if (!filter.path("start").asText("").isEmpty()) {
                from = LocalDateTime.parse(filter.path("start").asText(), TIMESTAMP).atZone(TURKEY).toInstant();
            }
            if (!filter.path("end").asText("").isEmpty()) {
                to = LocalDateTime.parse(filter.path("end").asText(), TIMESTAMP).atZone(TURKEY).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw refuse(458);
        }
        List<String> numbers = new ArrayList<>();
        synchronized (account.blacklist) {
            for (Map.Entry<String, Instant> e : account.blacklist.entrySet()) {
                if (!e.getValue().isBefore(from) && !e.getValue().isAfter(to)) {
                    numbers.add(e.getKey());
                }
            }
        }
        ObjectNode answer = envelope(200);
        ObjectNode out = ((ObjectNode) answer.get("response")).putObject("blacklist");
        out.put("count", String.valueOf(numbers.size()));
        ArrayNode list = out.putArray("number");
        numbers.stream().skip((long) (page - 1) * rowCount).limit(rowCount).forEach(list::add);
        return answer;
    }

    private ObjectNode changeBlacklist(IletimerkeziAccount account, JsonNode blacklist, boolean add) {
        String number = normalizeAny(scalar(blacklist.path("number")));
        if (number == null) {
            throw refuse(466);
        }
        if (add) {
            account.blacklist.putIfAbsent(number, clock.instant());
        } else {
            account.blacklist.remove(number);
        }
        return envelope(200);
    }

    // ---- helpers

    private IletimerkeziOrder ownOrder(IletimerkeziAccount account, String id) {
        IletimerkeziOrder o = id == null ? null : orders.get(id);
        if (o == null || !o.accountKey.equals(account.key)) {
            throw refuse(455);
        }
        return o;
    }

    private ObjectNode envelope(int code) {
        ObjectNode root = json.createObjectNode();
        root.putObject("response").putObject("status").put("code", code)
                .put("message", IletimerkeziStatus.MESSAGES.getOrDefault(code, "Bilinmeyen hata"));
        return root;
    }

    /** A JSON string or number as text; null for anything else. */
    private static String scalar(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : null;
    }

    private static int intOrDefault(JsonNode node, int defaultValue) {
        if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return defaultValue;
        }
        if (node.isInt() || (node.isTextual() && node.asText().matches("-?\\d{1,9}"))) {
            return node.asInt();
        }
        throw refuse(422);
    }

    /** The documented notations of a Turkish mobile number, as +905XXXXXXXXX; null when it is not one. */
    static String normalizeMobile(String raw) {
        if (raw == null) {
            return null;
        }
        // patterns compiled once: a bulk order brings a thousand numbers
        Matcher m = TURKISH_MOBILE.matcher(NUMBER_PUNCTUATION.matcher(raw).replaceAll(""));
        return m.matches() ? "+905" + m.group(1) : null;
    }

    /** Blacklists take foreign numbers too ({@code +49172574483311} in the documents). */
    private static String normalizeAny(String raw) {
        String turkish = normalizeMobile(raw);
        if (turkish != null) {
            return turkish;
        }
        if (raw != null && raw.replaceAll("[\\s()-]", "").matches("\\+[1-9]\\d{7,14}")) {
            return raw.replaceAll("[\\s()-]", "");
        }
        return null;
    }

}
