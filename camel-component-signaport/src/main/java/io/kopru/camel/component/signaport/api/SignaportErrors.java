package io.kopru.camel.component.signaport.api;

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.util.Map;

/**
 * Signaport's error codes, each as a typed error with what to do about it. Mapped by the code, not the HTTP status:
 * the document answers INSUFFICIENT_QUOTA with 400 and LICENSE_EXPIRED with 401.
 */
public final class SignaportErrors {

    public static final String PROVIDER = "signaport";

    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String INSUFFICIENT_QUOTA = "INSUFFICIENT_QUOTA";
    public static final String LICENSE_EXPIRED = "LICENSE_EXPIRED";
    public static final String LICENSE_INACTIVE = "LICENSE_INACTIVE";

    static final Map<String, String> REMEDIES = Map.of(
            INVALID_REQUEST, "Signaport could not read licenseKey, password and imzaTipi (0 or 1) in the request;"
                             + " this is a bug in the component or a proxy that rewrote the body. Nothing was issued",
            INVALID_CREDENTIALS, "Check licenseKey (the licence key, lisans anahtarı) and password (the licence"
                                 + " password, lisans şifresi) as Signaport issued them, without surrounding spaces;"
                                 + " a changed password must be changed here too",
            INSUFFICIENT_QUOTA, "The licence has no signatures left; buy more from Signaport. check-quota shows the"
                                + " quota, and lowQuotaThreshold warns before it runs out",
            LICENSE_EXPIRED, "The licence has passed its end date; renew it with Signaport (check-quota shows"
                             + " expiryDate)",
            LICENSE_INACTIVE, "Signaport has deactivated the licence; ask Signaport to activate it");

    /** For 429: the document's body carries retryAfter and no code. */
    static final String RATE_LIMIT_REMEDY = "Signaport allows 10 get-token calls a minute; wait the retryAfter it"
                                            + " asked for. rateLimit=10&rateLimitPeriod=60000 keeps a route under the"
                                            + " limit. Nothing was issued";

    private SignaportErrors() {
    }

    private static String remedy(String code, int httpStatus, boolean idempotent) {
        if (code != null && REMEDIES.containsKey(code)) {
            return REMEDIES.get(code);
        }
        if (httpStatus == 429) {
            return RATE_LIMIT_REMEDY;
        }
        return idempotent ? "Signaport answered with an error this component does not know; the query is safe to"
                            + " repeat, and baseUrl should be checked if it persists"
                : "Signaport answered with an error this component does not know; see its message";
    }

    /**
     * The typed error for an answer Signaport refused a request with.
     *
     * @param code       the body's {@code error.code}, or null when it had none (429)
     * @param idempotent whether the call was a query, so that an unknown server error is not reported ambiguous
     */
    public static ProviderException of(String code, String message, int httpStatus, RateLimitInfo rateLimit,
                                       boolean idempotent) {
        ProviderErrorDetails details = ProviderErrorDetails.of(PROVIDER).httpStatus(httpStatus).providerCode(code)
                .providerMessage(message)
                .remedy(remedy(code, httpStatus, idempotent))
                .build();
        if (code == null) {
            return HttpFailures.fromStatus(details, rateLimit, idempotent);
        }
        switch (code) {
            case INVALID_REQUEST:
                return new ProviderInvalidRequestException(details);
            case INVALID_CREDENTIALS:
            case LICENSE_EXPIRED:
            case LICENSE_INACTIVE:
                return new ProviderAuthenticationException(details);
            case INSUFFICIENT_QUOTA:
                return new ProviderQuotaException(details);
            default:
                // a code this component does not know: judge by the HTTP status, keeping the provider's words
                return HttpFailures.fromStatus(details, rateLimit, idempotent);
        }
    }
}
