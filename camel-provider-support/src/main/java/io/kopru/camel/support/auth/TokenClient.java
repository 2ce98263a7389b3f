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
package io.kopru.camel.support.auth;

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderConsentRequiredException;

/**
 * How a provider issues tokens. A {@link TokenManager} decides when to call it.
 */
public interface TokenClient {

    /** Logs in with the long-lived credentials and returns a fresh token. */
    AccessToken authenticate() throws Exception;

    /**
     * Exchanges the refresh token for a new access token. Throw a {@link ProviderAuthenticationException} when the
     * provider refuses the refresh token (expired, revoked): the manager then logs in again.
     */
    default AccessToken refresh(AccessToken current) throws Exception {
        return authenticate();
    }

    /**
     * Whether a failed call was refused because its token is no longer accepted, so that one new token and one retry
     * may succeed. By default: an authentication failure that a new token can fix (not a consent a person revoked).
     */
    default boolean isTokenRejected(Exception failure) {
        return failure instanceof ProviderAuthenticationException
               && !(failure instanceof ProviderConsentRequiredException);
    }
}
