package io.kopru.camel.support.error;

/**
 * The account has no balance, credit or quota left for this request. The request was refused.
 */
public class ProviderQuotaException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderQuotaException(ProviderErrorDetails details) {
        this(details, null);
    }

    public ProviderQuotaException(ProviderErrorDetails details, Throwable cause) {
        super("balance or quota exhausted", details, true, cause);
    }
}
