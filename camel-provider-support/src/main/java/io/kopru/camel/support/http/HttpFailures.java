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
package io.kopru.camel.support.http;

import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Turns transport failures and HTTP statuses into the typed errors, deciding the one thing failover depends on:
 * whether the request certainly was not accepted. Providers map their own codes first and fall back on this.
 */
public final class HttpFailures {

    private HttpFailures() {
    }

    /**
     * A failure with no response. Before the connection was established, nothing left this machine; after it, a
     * non-idempotent request may have been accepted.
     */
    public static ProviderException fromIOException(String provider, ProviderHttpRequest request, IOException e) {
        if (isBeforeSending(e)) {
            return new ProviderUnavailableException(ProviderErrorDetails.of(provider)
                    .providerMessage(describe(e))
                    .remedy("Nothing was sent: " + request.logTarget() + " could not be reached. Check the network,"
                            + " the proxy and the baseUrl")
                    .build(), e);
        }
        ProviderErrorDetails details = ProviderErrorDetails.of(provider)
                .providerMessage(describe(e))
                .remedy(request.idempotent()
                        ? "The query " + request.logTarget() + " got no answer; it is safe to repeat"
                        : "The request " + request.logTarget() + " left but no answer came back: it may have been"
                          + " accepted. Do not send it again; query its status to find out")
                .build();
        return request.idempotent()
                ? new ProviderUnavailableException(details, e)
                : new ProviderAmbiguousResultException(details, e);
    }

    /** Whether the exception shows the request never reached the provider. */
    public static boolean isBeforeSending(IOException e) {
        return e instanceof ConnectTimeoutException // before SocketTimeoutException: it is one
               || e instanceof ConnectException
               || e instanceof UnknownHostException
               || e instanceof NoRouteToHostException
               || e instanceof ConnectionRequestTimeoutException
               || e instanceof SSLHandshakeException;
    }

    /**
     * The generic meaning of an HTTP error status, for codes the provider's own mapping does not cover.
     *
     * @param rateLimit what the response said about rate limits, used for 429
     */
    public static ProviderException fromStatus(ProviderErrorDetails details, RateLimitInfo rateLimit,
                                               boolean idempotent) {
        int status = details.httpStatus();
        switch (status) {
            case 401:
                return new ProviderAuthenticationException(details);
            case 403:
                return new ProviderAuthorizationException(details);
            case 402:
                return new ProviderQuotaException(details);
            case 429:
                return new ProviderRateLimitException(details, rateLimit);
            case 400:
            case 404:
            case 405:
            case 406:
            case 409:
            case 410:
            case 411:
            case 413:
            case 414:
            case 415:
            case 422:
                return new ProviderInvalidRequestException(details);
            case 408: // the server gave up waiting for the request: it did not process it
            case 503:
                return new ProviderUnavailableException(details, null);
            default:
                if (status >= 500) {
                    // a server error may strike after the message was accepted
                    return idempotent
                            ? new ProviderUnavailableException(details, null)
                            : new ProviderAmbiguousResultException(details, null);
                }
                return new ProviderUnknownErrorException(details, status >= 400 && status < 500);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }
}
