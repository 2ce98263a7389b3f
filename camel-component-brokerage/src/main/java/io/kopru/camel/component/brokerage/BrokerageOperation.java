package io.kopru.camel.component.brokerage;

/** What a brokerage endpoint does: call the Integration API, or receive the platform's webhook calls. */
public enum BrokerageOperation {
    /** Producer: any Integration API call, {@code /api/v1/integration{path}}. */
    CALL("call"),
    /** Consumer: the platform's webhook calls, on camel-platform-http. */
    WEBHOOK("webhook");

    private final String uriName;

    BrokerageOperation(String uriName) {
        this.uriName = uriName;
    }

    public String uriName() {
        return uriName;
    }

    @Override
    public String toString() {
        return uriName;
    }
}
