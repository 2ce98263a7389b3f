package io.kopru.camel.support.error;

/**
 * The credentials are valid but not for this request: the caller's IP is not on the allow-list, the token lacks a
 * scope, the request falls outside the allowed time window, or the sender is not approved. The request was refused.
 */
public class ProviderAuthorizationException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderAuthorizationException(ProviderErrorDetails details) {
        this(details, null);
    }

    public ProviderAuthorizationException(ProviderErrorDetails details, Throwable cause) {
        super("not authorized", details, true, cause);
    }
}
