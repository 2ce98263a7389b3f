package io.kopru.camel.component.restlink;

import io.kopru.camel.support.component.OperationNames;

/** The operations of a restlink endpoint ({@code restlink:send}). */
public enum RestlinkOperation {
    /** {@code POST /api/v1/sms/send}. */
    SEND,
    /** {@code GET /api/v1/sms/stats?period=}. */
    STATS,
    /** {@code POST /api/v1/user/auth}: the JWT login, for JWT mode. */
    LOGIN;

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
