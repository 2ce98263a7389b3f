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

import io.kopru.camel.sandbox.SmsLength;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One accepted submission ({@code ID:<n>}): a transactional send or a campaign, with every recipient's text as it
 * arrived, and its delivery state over time. Report status codes, as the public clients of Mobildev's XML API read
 * them: 1 awaiting the operator's report, 2 delivered, 3 undelivered (the operator gave up, or {@code EDate} passed
 * first). Before its send time a submission is "not processed yet": its report is a bare {@code 02}.
 */
public final class MobildevMessage {

    public static final int AWAITING_REPORT = 1;
    public static final int DELIVERED = 2;
    public static final int UNDELIVERED = 3;
    /** The İYS brand code the sandbox reports on commercial messages (the account's own, in the real panel). */
    public static final String IYS_BRAND_CODE = "654321";
    /** Report dates: {@code ddMMyyyyHHmm} in Turkish time, the one date form the XML API documents (SDate, EDate). */
    static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("ddMMyyyyHHmm")
            .withZone(MobildevSubmission.TURKEY);

    /** One recipient and the text it gets. */
    public static final class Recipient {
        public final String number;
        public final String text;

        Recipient(String number, String text) {
            this.number = number;
            this.text = text;
        }
    }

    public final String id;
    /** {@code transactional} or {@code campaign}. */
    public final String channel;
    /** The API key or the OAuth client that sent it. */
    public final String owner;
    /** The person whose consent a campaign was sent under; null for transactional sends. */
    public final String user;
    /** {@code XML} or {@code JSON}: how the body came. */
    public final String format;
    public final List<Recipient> recipients;
    public final String originator;
    /** 0 GSM, 1 Turkish/Unicode; -1 for JSON, where the provider chooses. */
    public final int encoding;
    /** {@code C} for commercial, else empty. */
    public final String messageType;
    /** {@code B} or {@code T} for commercial messages, else empty. */
    public final String recipientType;
    public final String campaignName;
    public final Instant submittedAt;
    public final Instant sendAt;
    /** The end of the validity ({@code EDate}); null for none. */
    public final Instant endAt;
    volatile Instant finalAt;

    MobildevMessage(String id, String channel, String owner, String user, MobildevSubmission s,
                    List<Recipient> recipients, Instant submittedAt, Instant sendAt, Instant finalAt) {
        this.id = id;
        this.channel = channel;
        this.owner = owner;
        this.user = user;
        this.format = s.format.name();
        this.recipients = List.copyOf(recipients);
        this.originator = s.originator;
        this.encoding = s.encoding;
        this.messageType = s.messageType;
        this.recipientType = s.recipientType;
        this.campaignName = s.campaignName;
        this.submittedAt = submittedAt;
        this.sendAt = sendAt;
        this.endAt = s.endAt;
        this.finalAt = finalAt;
    }

    /** The texts, recipient by recipient. */
    public List<String> texts() {
        return recipients.stream().map(r -> r.text).toList();
    }

    public List<String> numbers() {
        return recipients.stream().map(r -> r.number).toList();
    }

    /** Whether the gateway has processed it: its send time has come. Before, a report is a bare {@code 02}. */
    public boolean processed(Instant now) {
        return !now.isBefore(sendAt);
    }

    /** The report status of one recipient at {@code now}. */
    public int status(String number, Instant now) {
        Instant done = finalAt;
        if (expired(now)) {
            return UNDELIVERED;
        }
        if (now.isBefore(done)) {
            return AWAITING_REPORT;
        }
        return number.endsWith("99") ? UNDELIVERED : DELIVERED;
    }

    private boolean expired(Instant now) {
        return endAt != null && !endAt.isAfter(finalAt) && !now.isBefore(endAt);
    }

    /**
     * The standard report, one tab-separated line per recipient: id, msisdn, status, date, reason, size (SMS parts),
     * type ({@code N}/{@code C}), recipient type, İYS brand code, encoding.
     */
    public String reportLines(Instant now) {
        StringBuilder sb = new StringBuilder();
        for (Recipient r : recipients) {
            int status = status(r.number, now);
            String date = status == AWAITING_REPORT ? "" : REPORT_DATE.format(expired(now) ? endAt : finalAt);
            String reason = status != UNDELIVERED ? "" : expired(now) ? "Zaman aşımı" : "Abone ulaşılamıyor";
            boolean commercial = "C".equals(messageType);
            int enc = encoding >= 0 ? encoding : SmsLength.isGsm7(r.text) ? 0 : 1;
            sb.append(id).append('\t').append(r.number).append('\t').append(status).append('\t').append(date)
                    .append('\t').append(reason).append('\t').append(SmsLength.parts(r.text)).append('\t')
                    .append(commercial ? "C" : "N").append('\t').append(recipientType).append('\t')
                    .append(commercial ? IYS_BRAND_CODE : "").append('\t').append(enc).append("\r\n");
        }
        return sb.toString();
    }
}
