package io.kopru.camel.component.signaport;

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

    @Override
    public String toString() {
        return uriName;
    }
}
