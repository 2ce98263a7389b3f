package io.kopru.camel.support.error;

/**
 * The provider could not be reached or said it is unavailable (connection refused, DNS failure, TLS handshake
 * failure, HTTP 503). The request was not accepted.
 */
public class ProviderUnavailableException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderUnavailableException(ProviderErrorDetails details, Throwable cause) {
        super("provider unavailable", details, true, cause);
    }
}
