package io.kopru.camel.support.error;

/**
 * The provider returned a single-use token (one it accepts once) that it had returned before, so the component
 * refused to hand it out a second time. The provider did process the token request (it may have cost quota), so the
 * request is not {@linkplain #isDefinitelyNotSent() definitely not sent}; asking for a new token is safe.
 */
public class ProviderRepeatedTokenException extends ProviderUnknownErrorException {

    private static final long serialVersionUID = 1L;

    public ProviderRepeatedTokenException(ProviderErrorDetails details) {
        super("repeated single-use token refused", details, false);
    }
}
