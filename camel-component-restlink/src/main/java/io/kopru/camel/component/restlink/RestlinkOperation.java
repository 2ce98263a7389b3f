package io.kopru.camel.component.restlink;

import java.util.Arrays;
import java.util.stream.Collectors;

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

    /**
     * @throws IllegalArgumentException naming the valid operations, when {@code name} is none of them
     */
    public static RestlinkOperation fromUriName(String name) {
        for (RestlinkOperation op : values()) {
            if (op.uriName.equals(name) || op.name().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown restlink operation '" + name + "'. Valid operations are: "
                                           + Arrays.stream(values()).map(RestlinkOperation::uriName)
                                                   .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return uriName;
    }
}
