package io.kopru.camel.support.error;

/**
 * The provider answered with an error this component does not know. It still carries the provider's code and
 * message; whether the request was refused follows from the HTTP status (a 4xx answer is a refusal).
 */
public class ProviderUnknownErrorException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderUnknownErrorException(ProviderErrorDetails details, boolean definitelyNotSent) {
        this("unexpected error", details, definitelyNotSent);
    }

    protected ProviderUnknownErrorException(String summary, ProviderErrorDetails details, boolean definitelyNotSent) {
        super(summary, details, definitelyNotSent, null);
    }
}
