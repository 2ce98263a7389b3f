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

import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Mobildev's "standard SMS reports": plain text, one line per recipient, the fields separated by tabs:
 * <pre>
 * id  msisdn  status  date  reason  size  type  recipient-type  İYS-brand-code  encoding
 * </pre>
 * as every public client of the XML API reads them. Missing trailing fields are tolerated; a line without a tab is
 * split on white space and only its first three fields are read (some clients do so). Status 1 is "awaiting report"
 * ({@code PENDING}), 2 delivered, 3 undelivered; another status stays {@code PENDING} (a poller keeps asking rather
 * than declaring a message lost and resending it). A bare {@code 02} is "not processed yet": every id asked for is
 * {@code PENDING}. Anything else is unreadable: a typed error that quotes the answer, truncated and with the
 * credentials blanked, and that never invites repeating the query.
 */
public final class MobildevReportLines {

    /** The XML API's "not processed yet / waiting at the gateway" answer to a report query. */
    public static final String NOT_PROCESSED_YET = "02";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern MSISDN = Pattern.compile("\\+?\\d{5,20}");
    private static final Pattern STATUS = Pattern.compile("\\d{1,3}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\n|\\r");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("ddMMyyyyHHmm"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"), DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    /** One line of a report, every field as Mobildev wrote it; absent trailing fields are empty. */
    public static final class Line {
        public final String id;
        public final String msisdn;
        public final String status;
        public final String date;
        public final String reason;
        public final String size;
        public final String type;
        public final String recipientType;
        public final String iysBrandCode;
        public final String encoding;

        Line(String[] f) {
            id = f[0];
            msisdn = f[1];
            status = f[2];
            date = f[3];
            reason = f[4];
            size = f[5];
            type = f[6];
            recipientType = f[7];
            iysBrandCode = f[8];
            encoding = f[9];
        }
    }

    private MobildevReportLines() {
    }

    /**
     * @param asked    the ids the query asked for, reported {@code PENDING} on a bare {@code 02}
     * @param secrets  values to blank out of a quoted answer (the credentials of the request)
     */
    public static List<DeliveryReport> parse(String answer, Collection<String> asked, Instant observed,
                                             String... secrets) {
        String text = answer == null ? "" : answer.strip();
        if (NOT_PROCESSED_YET.equals(text)) {
            List<DeliveryReport> pending = new ArrayList<>();
            for (String id : asked) {
                pending.add(new DeliveryReport(MobildevErrors.PROVIDER, id, null, DeliveryStatus.PENDING,
                        NOT_PROCESSED_YET, observed));
            }
            return pending;
        }
        List<DeliveryReport> reports = new ArrayList<>();
        for (Line line : lines(text, secrets)) {
            reports.add(new DeliveryReport(MobildevErrors.PROVIDER, line.id, line.msisdn, status(line.status),
                    line.status, time(line.date, observed)));
        }
        return reports;
    }

    /** The lines of a report answer; an empty answer has none. */
    public static List<Line> lines(String answer, String... secrets) {
        List<Line> lines = new ArrayList<>();
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            return lines;
        }
        for (String raw : LINE_BREAK.split(text)) {
            if (raw.isBlank()) {
                continue;
            }
            String[] parts = raw.indexOf('\t') >= 0 ? raw.split("\t", -1) : raw.strip().split("\\s+");
            if (raw.indexOf('\t') < 0 && parts.length > 3) {
                parts = new String[] {parts[0], parts[1], parts[2]}; // white-space split: the first three only
            }
            String[] f = new String[10];
            for (int i = 0; i < f.length; i++) {
                f[i] = i < parts.length ? parts[i].strip() : "";
            }
            if (parts.length < 3 || !ID.matcher(f[0]).matches()
                || !MSISDN.matcher(f[1]).matches() || !STATUS.matcher(f[2]).matches()) {
                throw unreadable(answer, secrets);
            }
            lines.add(new Line(f));
        }
        return lines;
    }

    static DeliveryStatus status(String code) {
        switch (code.replaceFirst("^0+(?=\\d)", "")) {
            case "2":
                return DeliveryStatus.DELIVERED;
            case "3":
                return DeliveryStatus.UNDELIVERED;
            default:
                return DeliveryStatus.PENDING; // 1, awaiting the operator's report, and any status not documented
        }
    }

    /** The date in Turkish time, in the first of the known forms it matches; else the time of the query. */
    static Instant time(String value, Instant observed) {
        if (value == null || value.isBlank()) {
            return observed;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException ignored) {
            // not ISO-8601 with an offset
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDateTime.parse(v, format).atZone(MobildevBodies.TURKEY).toInstant();
            } catch (DateTimeException ignored) {
                // the next form
            }
        }
        return observed;
    }

    /** A report Mobildev wrote in no form this component reads: refused as it is, never worth asking again. */
    public static ProviderUnknownErrorException unreadable(String answer, String... secrets) {
        return new ProviderUnknownErrorException(ProviderErrorDetails.of(MobildevErrors.PROVIDER).httpStatus(200)
                .providerCode("unreadable_report")
                .providerMessage("the report is not Mobildev's text lines: " + MobildevAnswers.quote(answer, secrets))
                .remedy("Asking again will not help: check baseUrl and any proxy in between; the message itself was"
                        + " sent or not as its send answer said").build(), true);
    }
}
