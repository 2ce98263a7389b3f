package io.kopru.camel.support.error;

/**
 * The provider refused the request as a repeat of one it accepted a short time ago (iletiMerkezi's 451: the same text
 * to the same recipients within ten minutes). This copy was not sent, but the message already was: sending it through
 * another provider would deliver it twice, so it is <em>not</em> {@linkplain #isDefinitelyNotSent() definitely not
 * sent} for failover purposes.
 */
public class ProviderDuplicateRequestException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderDuplicateRequestException(ProviderErrorDetails details) {
        super("duplicate of a request accepted shortly before", details, false, null);
    }
}
