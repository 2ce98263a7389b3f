package io.kopru.camel.support.sms;

/** The provider-neutral state of one message to one recipient. */
public enum DeliveryStatus {
    /** Accepted, not yet delivered (queued, sending, waiting for the operator's report). */
    PENDING(false),
    /** The handset received it. */
    DELIVERED(true),
    /** The operator gave up: switched off, out of coverage, unknown subscriber. */
    UNDELIVERED(true),
    /** The provider failed or refused the message after accepting the order. */
    FAILED(true),
    /** Its validity ran out before it could be delivered. */
    EXPIRED(true);

    private final boolean isFinal;

    DeliveryStatus(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** True when the status will not change any more, so polling for it can stop. */
    public boolean isFinal() {
        return isFinal;
    }
}
