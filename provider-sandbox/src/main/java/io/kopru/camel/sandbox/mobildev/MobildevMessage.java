package io.kopru.camel.sandbox.mobildev;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One accepted submission ({@code ID:<n>}): a transactional send or a campaign, with every recipient's text as it
 * arrived, and its delivery state over time. Report status codes: 0 pending, 1 delivered, 2 undelivered (the operator
 * gave up), 3 expired (not delivered before {@code EDate}).
 */
public final class MobildevMessage {

    public static final int PENDING = 0;
    public static final int DELIVERED = 1;
    public static final int UNDELIVERED = 2;
    public static final int EXPIRED = 3;

    static final Map<Integer, String> STATUS_TEXT = Map.of(PENDING, "Beklemede", DELIVERED, "İletildi",
            UNDELIVERED, "İletilemedi", EXPIRED, "Zaman aşımı");

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

    /** The report status of one recipient at {@code now}. */
    public int status(String number, Instant now) {
        Instant done = finalAt;
        if (endAt != null && !endAt.isAfter(done) && !now.isBefore(endAt)) {
            return EXPIRED;
        }
        if (now.isBefore(done)) {
            return PENDING;
        }
        return number.endsWith("99") ? UNDELIVERED : DELIVERED;
    }

    /** When the recipient's status last changed, or null while pending. */
    Instant statusTime(String number, Instant now) {
        int status = status(number, now);
        if (status == PENDING) {
            return null;
        }
        return status == EXPIRED ? endAt : finalAt;
    }
}
