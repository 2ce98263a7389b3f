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
package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderConsentRequiredException;
import io.kopru.camel.support.error.ProviderDuplicateRequestException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.util.Map;

/**
 * Mobildev's errors as typed exceptions: the {@code error} codes of the guide's §6.2 (and the OAuth2 ones of RFC 6749
 * its token endpoint answers with), and the bare two-digit codes of its XML API. Each carries a remedy an operator can
 * act on. Every one of them is a refusal: the request was not accepted, except {@code nonce_already_used}, which
 * says an earlier copy of this very request arrived first.
 */
public final class MobildevErrors {

    public static final String PROVIDER = "mobildev";

    private static final String AUTHORIZE_AGAIN = "a person must authorize again: send them to the URL of"
                                                  + " mobildev:authorize-url, then call mobildev:exchange-code with"
                                                  + " what they come back with";

    static final Map<String, String> REMEDIES = Map.ofEntries(
            Map.entry("invalid_api_key", "Mobildev does not know this apiKey: copy the panel's api_key (API Key'lerim)"
                                         + " exactly; a deleted or replaced key answers the same"),
            Map.entry("api_key_expired", "The API key's validity has ended: extend it in Mobildev's panel (API"
                                         + " Key'lerim > Süre Uzat, with e-signature or mobile signature) or create a"
                                         + " new key, then update apiKeyValidUntil"),
            Map.entry("invalid_signature", "secretKey must be the api_secret shown once when this key was created (if"
                                           + " it is lost, create a new key); a proxy that rewrites the body or path"
                                           + " also breaks the signature"),
            Map.entry("timestamp_expired", "This machine's clock is too far from Mobildev's even after adopting the"
                                           + " server's Date header once; synchronise it (NTP)"),
            Map.entry("nonce_already_used", "Mobildev had already received this very request (the component never"
                                            + " re-uses a nonce, so something in between sent it twice): the first"
                                            + " copy may have been accepted. Query its status; do not send it again"),
            Map.entry("ip_not_whitelisted", "Add this server's outbound IP address to the allow-list of the API key"
                                            + " (transactional) or of the application (campaigns) in Mobildev's panel"),
            Map.entry("time_restriction", "The consent allows sending only in the hours the person chose: send within"
                                          + " them, or " + AUTHORIZE_AGAIN + " with a wider time window"),
            Map.entry("insufficient_scope", "The consent lacks the scope this operation needs (sms:campaign to send,"
                                            + " sms:report for reports): " + AUTHORIZE_AGAIN + " with that scope"),
            Map.entry("token_expired", "The consent's token has expired (it lives the 1, 7 or 30 days the person"
                                       + " chose): " + AUTHORIZE_AGAIN),
            Map.entry("consent_revoked", "The person revoked the consent in Mobildev's panel: " + AUTHORIZE_AGAIN),
            Map.entry("invalid_token", "Mobildev does not accept the stored token: " + AUTHORIZE_AGAIN),
            Map.entry("no_consent", "No usable token for this consent (none was obtained, it expired, or Mobildev"
                                    + " refused it): " + AUTHORIZE_AGAIN),
            Map.entry("invalid_grant", "The authorization code is wrong, older than 10 minutes, already used, or was"
                                       + " issued for another redirectUri: " + AUTHORIZE_AGAIN),
            Map.entry("access_denied", "The person declined to authorize; ask them again if they meant to allow it"),
            Map.entry("invalid_client", "clientId and clientSecret must be the panel's client_id and client_secret"),
            Map.entry("insufficient_balance", "The account's balance does not cover this send; top it up"),
            Map.entry("rate_limit_exceeded", "Too many requests: wait until the window resets (transactional 5000 a"
                                             + " minute, campaign 10000 an hour, token 100 a day); the rateLimit"
                                             + " option keeps a route under the limit"),
            Map.entry("invalid_originator", "The originator is not approved for the account; use one from the panel or"
                                            + " leave it empty for the account's default"),
            Map.entry("not_found", "No such submission for this key or consent, or the baseUrl is wrong"),
            Map.entry("invalid_request", "Mobildev refused a parameter of the request; its message says which"),
            Map.entry("unsupported_grant_type", "Mobildev refused a parameter of the request; its message says which"),
            Map.entry("invalid_scope", "The scope option names a scope Mobildev does not know (sms:campaign,"
                                       + " sms:report)"),
            Map.entry("01", "Mobildev refused the account's credentials: with api=classic, apiKey and secretKey go into"
                            + " UserName and PassWord; copy them from the panel exactly"),
            Map.entry("02", "The account's credit does not cover this send; top it up"),
            Map.entry("03", "Mobildev did not recognise the Action of the request; this is a bug in the component"),
            Map.entry("04", "Mobildev received no readable XML; a proxy may have altered the body"),
            Map.entry("05", "Mobildev refused a node of the XML (a number, a date, the encoding, the İYS fields)"),
            Map.entry("06", "The originator is not approved for the account; use one from the panel or leave it empty"
                            + " for the account's default"),
            Map.entry("07", "Mobildev knows no message with this id for the account; check the id (the digits of"
                            + " ID:<n>) and the account"),
            Map.entry("08", "Mobildev has no message in the range asked for"),
            Map.entry("09", "Mobildev refused the dates of the query"),
            Map.entry("10", "Mobildev says the message was not sent; it was not accepted and can be sent again"),
            Map.entry("11", "Mobildev failed with an error it does not name; the message may or may not have been"
                            + " accepted: query its status before sending it again"),
            Map.entry("12", "Mobildev found the text empty; a proxy may have altered the body"),
            Map.entry("13", "The text is longer than Mobildev takes in one message (268 characters); shorten it"),
            Map.entry("14", "Mobildev found no numbers in the request; a proxy may have altered the body"),
            Map.entry("15", "Mobildev refused the send date (SDate); send it in the future, in Turkish time"));

    private MobildevErrors() {
    }

    public static String remedy(String code) {
        return REMEDIES.get(code);
    }

    /** The typed error for a JSON {@code error} code. */
    public static ProviderException of(String error, String message, int httpStatus, RateLimitInfo rateLimit,
                                       boolean idempotent) {
        ProviderErrorDetails details = ProviderErrorDetails.of(PROVIDER).httpStatus(httpStatus).providerCode(error)
                .providerMessage(message).remedy(REMEDIES.get(error)).build();
        switch (error) {
            case "invalid_api_key":
            case "api_key_expired":
            case "invalid_signature":
            case "timestamp_expired":
            case "invalid_client":
                return new ProviderAuthenticationException(details);
            case "token_expired":
            case "consent_revoked":
            case "invalid_token":
            case "invalid_grant":
            case "access_denied":
                return new ProviderConsentRequiredException(details);
            case "ip_not_whitelisted":
            case "time_restriction":
            case "insufficient_scope":
            case "invalid_originator":
                return new ProviderAuthorizationException(details);
            case "nonce_already_used":
                return new ProviderDuplicateRequestException(details);
            case "insufficient_balance":
                return new ProviderQuotaException(details);
            case "rate_limit_exceeded":
                return new ProviderRateLimitException(details, rateLimit);
            case "invalid_request":
            case "unsupported_grant_type":
            case "invalid_scope":
            case "not_found":
                return new ProviderInvalidRequestException(details);
            default:
                // a code the guide does not list: judge by the HTTP status, keeping Mobildev's words
                return httpStatus >= 400 ? HttpFailures.fromStatus(details, rateLimit, idempotent)
                        : new ProviderUnknownErrorException(details, true);
            }
    }

    /**
     * The typed error for a bare code of the XML API, which answers a refusal with it instead of {@code ID:<n>}. Every
     * code but 11 is a refusal; 11 ("unknown error") on a send says nothing of the message, so it is not taken as one.
     */
    public static ProviderException legacy(String code, int httpStatus) {
        String remedy = REMEDIES.get(code);
        ProviderErrorDetails details = ProviderErrorDetails.of(PROVIDER).httpStatus(httpStatus).providerCode(code)
                .providerMessage("Mobildev answered " + code).remedy(remedy).build();
        switch (code) {
            case "01":
                return new ProviderAuthenticationException(details);
            case "02":
                return new ProviderQuotaException(details);
            case "06":
                return new ProviderAuthorizationException(details);
            case "03":
            case "04":
            case "05":
            case "07":
            case "08":
            case "09":
            case "12":
            case "13":
            case "14":
            case "15":
                return new ProviderInvalidRequestException(details);
            case "10":
                return new ProviderUnknownErrorException(details, true);
            case "11":
                return new ProviderUnknownErrorException(details, false);
            default:
                // the XML API answers ID:<n> when it accepts; any other code is a refusal
                return new ProviderUnknownErrorException(details.toBuilder()
                        .remedy("Mobildev refused the request with a code this component does not know; it was not"
                                + " accepted").build(), true);
        }
    }

    /** Refused locally: no usable consent token. Nothing was sent. */
    public static ProviderConsentRequiredException noConsent(String consentId, String why) {
        return new ProviderConsentRequiredException(ProviderErrorDetails.of(PROVIDER).providerCode("no_consent")
                .providerMessage("consent '" + consentId + "': " + why).remedy(REMEDIES.get("no_consent")).build());
    }
}
