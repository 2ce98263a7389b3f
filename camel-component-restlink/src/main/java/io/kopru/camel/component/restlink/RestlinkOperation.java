package io.kopru.camel.component.restlink;

/** The operations of a restlink endpoint ({@code restlink:send}). */
public enum RestlinkOperation {
    /** {@code POST /api/v1/sms/send}. */
    SEND("send"),
    /** {@code GET /api/v1/sms/stats?period=}. */
    STATS("stats"),
    /** {@code POST /api/v1/user/auth}: the JWT login, for JWT mode. */
    LOGIN("login");

    private final String uriName;

    RestlinkOperation(String uriName) {
        this.uriName = uriName;
    }

    /** The name in endpoint URIs. */
    public String uriName() {
        return uriName;
    }

    @Override
    public String toString() {
        return uriName;
    }
}
