/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.component.signaport.api;

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderDuplicateRequestException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.util.Map;

/**
 * Signaport's error codes, each as a typed error with what to do about it. Mapped by the code, not the HTTP status:
 * the document answers INSUFFICIENT_QUOTA with 400 and LICENSE_EXPIRED with 401 (410 on check-quota), and check-quota's
 * 429 QUOTA_EXCEEDED means the licence's quota is spent, not that requests came too fast. validate's errors carry no
 * code, only a Turkish message: they are mapped by that message ({@link #ofValidate}).
 */
public final class SignaportErrors {

    public static final String PROVIDER = "signaport";

    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String INSUFFICIENT_QUOTA = "INSUFFICIENT_QUOTA";
    public static final String LICENSE_EXPIRED = "LICENSE_EXPIRED";
    public static final String LICENSE_INACTIVE = "LICENSE_INACTIVE";
    /** check-quota: no such licence (404). */
    public static final String LICENSE_NOT_FOUND = "LICENSE_NOT_FOUND";
    /** check-quota: the licence's signatures are spent (429, "Kota Bitti"): a quota error, not a rate limit. */
    public static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";

    /** validate's documented messages (docs.signaport.com/docs/endpoints/validate), the start of each. */
    static final String TOKEN_EMPTY = "Token boş olamaz";
    static final String TOKEN_EXPIRED = "Token süresi dolmuş";
    static final String TOKEN_INVALID = "Geçersiz token";
    static final String TOKEN_ALREADY_USED = "Bu token zaten kullanılmış";
    static final String ORIGIN_NOT_ALLOWED = "Bu domain için yetki yok";
    static final String QUOTA_SPENT = "İmza kotası doldu";

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
            LICENSE_INACTIVE, "Signaport has deactivated the licence; ask Signaport to activate it",
            LICENSE_NOT_FOUND, "Signaport knows no such licence: check licenseKey (and that baseUrl is Signaport's)",
            QUOTA_EXCEEDED, "The licence has no signatures left (check-quota's 429 means the quota, not the request"
                            + " rate); buy more from Signaport. lowQuotaThreshold warns before it runs out");

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
            case LICENSE_NOT_FOUND:
                return new ProviderAuthenticationException(details);
            case INSUFFICIENT_QUOTA:
            case QUOTA_EXCEEDED:
                return new ProviderQuotaException(details);
            default:
                // a code this component does not know: judge by the HTTP status, keeping the provider's words
                return HttpFailures.fromStatus(details, rateLimit, idempotent);
        }
    }

    /**
     * The typed error for a refused validate. Its body has no code, so the documented message decides; an unknown
     * message is judged by the HTTP status. Nothing was spent by a refused validate.
     */
    public static ProviderException ofValidate(String message, int httpStatus, RateLimitInfo rateLimit) {
        String m = message == null ? "" : message.trim();
        ProviderErrorDetails.Builder details = ProviderErrorDetails.of(PROVIDER).httpStatus(httpStatus)
                .providerMessage(message);
        if (m.startsWith(TOKEN_EMPTY)) {
            return new ProviderInvalidRequestException(details.remedy("Signaport received no token: give validate the"
                    + " sign token from get-token as the body").build());
        }
        if (m.startsWith(TOKEN_EXPIRED)) {
            return new ProviderAuthenticationException(details.remedy("The sign token is past its 5 minutes; fetch a"
                    + " fresh one with get-token. No signature was spent").build());
        }
        if (m.startsWith(TOKEN_INVALID)) {
            return new ProviderAuthenticationException(details.remedy("Signaport did not issue this sign token (or it"
                    + " is an access token); give validate the signToken get-token returned").build());
        }
        if (m.startsWith(TOKEN_ALREADY_USED)) {
            return new ProviderDuplicateRequestException(details.remedy("The sign token was validated before, and its"
                    + " signature spent then; a sign token is accepted once. Fetch a new one for a new signing").build());
        }
        if (m.startsWith(ORIGIN_NOT_ALLOWED)) {
            return new ProviderAuthorizationException(details.remedy("Signaport does not allow this origin for the"
                    + " licence: send a domain registered with Signaport in CamelSignaportOrigin, or none").build());
        }
        if (m.startsWith(QUOTA_SPENT)) {
            return new ProviderQuotaException(details.remedy("The licence has no signatures left; buy more from"
                    + " Signaport. The token was not used").build());
        }
        return HttpFailures.fromStatus(details.remedy("Signaport refused the validation with a message this"
                + " component does not know; see its message").build(), rateLimit, false);
    }
}
