package io.kopru.camel.support.error;

/**
 * A token that came from a person's consent (OAuth2 authorization code) can no longer be used: it expired, or the
 * person revoked the consent. Nothing can fix this automatically; a person must authorize the application again.
 */
public class ProviderConsentRequiredException extends ProviderAuthenticationException {

    private static final long serialVersionUID = 1L;

    public ProviderConsentRequiredException(ProviderErrorDetails details) {
        super("consent required: a person must authorize again", details, null);
    }
}
