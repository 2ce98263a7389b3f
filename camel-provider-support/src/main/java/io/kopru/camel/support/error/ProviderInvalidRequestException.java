package io.kopru.camel.support.error;

/**
 * The provider rejected the request as invalid (a missing or malformed field, a number or text it will not take, an
 * unknown id). The request was refused; sending it again unchanged will fail the same way.
 */
public class ProviderInvalidRequestException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderInvalidRequestException(ProviderErrorDetails details) {
        this(details, null);
    }

    public ProviderInvalidRequestException(ProviderErrorDetails details, Throwable cause) {
        this("invalid request", details, cause);
    }

    protected ProviderInvalidRequestException(String summary, ProviderErrorDetails details, Throwable cause) {
        super(summary, details, true, cause);
    }
}
