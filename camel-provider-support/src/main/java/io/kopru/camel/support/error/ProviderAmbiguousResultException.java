package io.kopru.camel.support.error;

/**
 * The request left this machine but no usable answer came back (a timeout while waiting, a connection dropped after
 * the request was written, a server error, an unreadable response to a send). The provider may have accepted it:
 * sending it again, here or elsewhere, could deliver it twice. Reconcile by querying its status instead.
 */
public class ProviderAmbiguousResultException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderAmbiguousResultException(ProviderErrorDetails details, Throwable cause) {
        super("outcome unknown, the request may have been accepted", details, false, cause);
    }
}
