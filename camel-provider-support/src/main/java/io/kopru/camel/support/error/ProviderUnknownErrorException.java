package io.kopru.camel.support.error;

/**
 * The provider answered with an error this component does not know. It still carries the provider's code and
 * message; whether the request was refused follows from the HTTP status (a 4xx answer is a refusal).
 */
public class ProviderUnknownErrorException extends ProviderException {

    public ProviderUnknownErrorException(ProviderErrorDetails details, boolean definitelyNotSent) {
        super("unexpected error", details, definitelyNotSent, null);
    }
}
