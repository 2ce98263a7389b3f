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
