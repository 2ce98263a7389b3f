package io.kopru.camel.support.error;

/**
 * The provider did not accept the credentials: wrong or rotated key, API access switched off, an expired key,
 * token or licence, or consent a person has revoked. The request was refused.
 */
public class ProviderAuthenticationException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderAuthenticationException(ProviderErrorDetails details) {
        this(details, null);
    }

    public ProviderAuthenticationException(ProviderErrorDetails details, Throwable cause) {
        this("authentication failed", details, cause);
    }

    protected ProviderAuthenticationException(String summary, ProviderErrorDetails details, Throwable cause) {
        super(summary, details, true, cause);
    }
}
