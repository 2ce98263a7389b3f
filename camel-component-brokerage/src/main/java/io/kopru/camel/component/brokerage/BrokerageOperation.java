package io.kopru.camel.component.brokerage;

import io.kopru.camel.support.component.OperationNames;

/** What a brokerage endpoint does: call the Integration API, or receive the platform's webhook calls. */
public enum BrokerageOperation {
    /** Producer: any Integration API call, {@code /api/v1/integration{path}}. */
    CALL,
    /** Consumer: the platform's webhook calls, on camel-platform-http. */
    WEBHOOK;

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
