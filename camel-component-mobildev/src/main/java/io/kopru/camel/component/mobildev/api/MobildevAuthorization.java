package io.kopru.camel.component.mobildev.api;

import java.time.Instant;

/**
 * What exchange-code obtained: which consent now has a token, its scope and lifetime. The token itself stays in the
 * token store and never travels in the exchange.
 */
public final class MobildevAuthorization {

    private final String consentId;
    private final String scope;
    private final Instant issuedAt;
    private final Instant expiresAt;

    public MobildevAuthorization(String consentId, String scope, Instant issuedAt, Instant expiresAt) {
        this.consentId = consentId;
        this.scope = scope;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public String getConsentId() {
        return consentId;
    }

    /** The scopes granted, separated by spaces. */
    public String getScope() {
        return scope;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "MobildevAuthorization[consentId=" + consentId + ", scope=" + scope + ", expiresAt=" + expiresAt + "]";
    }
}
