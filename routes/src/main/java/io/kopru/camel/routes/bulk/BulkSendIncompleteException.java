package io.kopru.camel.routes.bulk;

/**
 * A bulk send in which some batches failed (every provider certainly refused them). The accepted batches stay
 * accepted: reading the same source again sends only the others.
 */
public final class BulkSendIncompleteException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient BulkSummary summary;

    public BulkSendIncompleteException(BulkSummary summary) {
        super(summary.getFailedBatches() + " of " + summary.getBatches() + " batches were not sent; " + summary);
        this.summary = summary;
    }

    public BulkSummary getSummary() {
        return summary;
    }
}
