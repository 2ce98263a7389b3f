package io.kopru.camel.component.signaport;

import io.kopru.camel.support.component.OperationNames;

/** The operations of the Signaport component, as named in endpoint URIs. */
public enum SignaportOperation {
    /** {@code POST /api/v1/auth/get-token}: a fresh, single-use sign token (and an access token) per exchange. */
    GET_TOKEN,
    /** {@code GET /api/License/check-quota/{licenseKey}}: the licence's quota, expiry and state. */
    CHECK_QUOTA,
    /** {@code POST /api/license/validate}: uses a sign token, spending one signature of the licence. */
    VALIDATE;

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
