package io.kopru.camel.component.signaport;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operations of the Signaport component, as named in endpoint URIs. */
public enum SignaportOperation {
    /** {@code POST /api/v1/auth/get-token}: a fresh, single-use sign token (and an access token) per exchange. */
    GET_TOKEN("get-token"),
    /** {@code GET /api/License/check-quota/{licenseKey}}: the licence's quota, expiry and state. */
    CHECK_QUOTA("check-quota"),
    /** {@code POST /api/license/validate}: uses a sign token, spending one signature of the licence. */
    VALIDATE("validate");

    private final String uriName;

    SignaportOperation(String uriName) {
        this.uriName = uriName;
    }

    /** The name in endpoint URIs. */
    public String uriName() {
        return uriName;
    }

    /**
     * @throws IllegalArgumentException naming the valid operations, when {@code name} is none of them
     */
    public static SignaportOperation fromUriName(String name) {
        for (SignaportOperation op : values()) {
            if (op.uriName.equals(name) || op.name().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown signaport operation '" + name + "'. Valid operations are: "
                                           + Arrays.stream(values()).map(SignaportOperation::uriName)
                                                   .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return uriName;
    }
}
