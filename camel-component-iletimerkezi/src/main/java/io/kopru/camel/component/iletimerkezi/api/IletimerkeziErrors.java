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
package io.kopru.camel.component.iletimerkezi.api;

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderDuplicateRequestException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.util.Map;

/** iletiMerkezi's status codes, each as a typed error with what to do about it. */
public final class IletimerkeziErrors {

    static final String PROVIDER = "iletimerkezi";

    /** What to do, per code: the provider's own explanations, made actionable. */
    static final Map<Integer, String> REMEDIES = Map.ofEntries(
            Map.entry(400, "The API could not parse the request; this is a bug in the component or a proxy that"
                           + " rewrote the body"),
            Map.entry(401, "Check, in this order: (1) the \"Allow API access\" toggle in the panel (Settings >"
                           + " Security > Access Permissions) is on, the leading cause of a first 401; (2) apiKey is"
                           + " the panel's API Key and secretKey its API Hash, copied without surrounding spaces;"
                           + " (3) if Settings > Security > Static IP restricts API access, this server's outbound IP"
                           + " is on the list; (4) the key was not rotated or disabled"),
            Map.entry(402, "The balance does not cover this order; top up the account"),
            Map.entry(404, "The API has no such method; check baseUrl (scheme://host[:port], no path)"),
            Map.entry(422, "The API could not validate a value of the request"),
            Map.entry(429, "Too many requests; slow down (the component's rateLimit option can keep a route under"
                           + " the limit)"),
            Map.entry(450, "The sender is not approved for this account, or differs from the approved one in case or"
                           + " spaces; use a sender listed by get-sender"),
            Map.entry(451, "The same text went to the same recipients less than 10 minutes ago and was accepted then;"
                           + " this copy was not sent. Do not resend it elsewhere: it would arrive twice"),
            Map.entry(452, "A recipient is missing, invalid, or on the account's blacklist"),
            Map.entry(453, "The text is longer than 7 SMS parts"),
            Map.entry(454, "The text is empty"),
            Map.entry(455, "No such order for this account, or it can no longer be cancelled (sending has started)"),
            Map.entry(456, "The order is scheduled and its send time has not come"),
            Map.entry(457, "The send time is not in DD/MM/YYYY HH:MM"),
            Map.entry(458, "The date range is malformed or longer than 10 days"),
            Map.entry(459, "The sender is empty; set the sender option or the CamelSmsSender header"),
            Map.entry(460, "The sender is longer than 11 characters or has Turkish letters"),
            Map.entry(464, "Pages start at 1"),
            Map.entry(466, "The number is invalid"),
            Map.entry(468, "The İYS flag (iys) is missing"),
            Map.entry(469, "Commercial messages need iysList: BIREYSEL or TACIR"),
            Map.entry(470, "The account's İYS code is not set in the panel"),
            Map.entry(503, "The API is temporarily out of service; nothing was sent, try again later"));

    private IletimerkeziErrors() {
    }

    /**
     * The typed error for a status code the API answered with.
     *
     * @param idempotent whether the call was a query, so that an unknown server error is not reported ambiguous
     */
    public static ProviderException of(int code, String message, int httpStatus, RateLimitInfo rateLimit,
                                       boolean idempotent) {
        ProviderErrorDetails details = ProviderErrorDetails.of(PROVIDER).httpStatus(httpStatus)
                .providerCode(String.valueOf(code)).providerMessage(message).remedy(REMEDIES.get(code)).build();
        switch (code) {
            case 401:
                return new ProviderAuthenticationException(details);
            case 450:
                return new ProviderAuthorizationException(details);
            case 402:
                return new ProviderQuotaException(details);
            case 429:
                return new ProviderRateLimitException(details, rateLimit);
            case 451:
                return new ProviderDuplicateRequestException(details);
            case 503:
                return new ProviderUnavailableException(details, null);
            case 400:
            case 404:
            case 422:
            case 452:
            case 453:
            case 454:
            case 455:
            case 456:
            case 457:
            case 458:
            case 459:
            case 460:
            case 464:
            case 466:
            case 468:
            case 469:
            case 470:
                return new ProviderInvalidRequestException(details);
            default:
                // a code this component does not know: judge by the HTTP status, keeping the provider's words
                int status = httpStatus >= 400 ? httpStatus : (code >= 400 && code < 600 ? code : 500);
                return HttpFailures.fromStatus(details.toBuilder().httpStatus(status).build(), rateLimit, idempotent);
        }
    }
}
