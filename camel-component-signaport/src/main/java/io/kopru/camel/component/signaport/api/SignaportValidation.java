package io.kopru.camel.component.signaport.api;

/**
 * What {@code POST /api/license/validate} answered for one sign token: the token is used, one signature was spent,
 * and the licence's counts after it.
 */
public final class SignaportValidation {

    private final int usedQuota;
    private final int remainingQuota;
    private final String message;

    public SignaportValidation(int usedQuota, int remainingQuota, String message) {
        this.usedQuota = usedQuota;
        this.remainingQuota = remainingQuota;
        this.message = message;
    }

    /** The signatures used on the licence so far, this one included; -1 when Signaport did not say. */
    public int getUsedQuota() {
        return usedQuota;
    }

    /** The signatures left after this one; -1 when Signaport did not say. */
    public int getRemainingQuota() {
        return remainingQuota;
    }

    /** Signaport's message, as sent ("Quota güncellendi"). */
    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "SignaportValidation[usedQuota=" + usedQuota + ", remainingQuota=" + remainingQuota + "]";
    }
}
