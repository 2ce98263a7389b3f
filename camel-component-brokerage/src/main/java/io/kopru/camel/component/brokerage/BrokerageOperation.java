package io.kopru.camel.component.brokerage;

import java.util.Arrays;
import java.util.stream.Collectors;

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

    /**
     * @throws IllegalArgumentException naming the valid operations, when {@code name} is none of them
     */
    public static BrokerageOperation fromUriName(String name) {
        for (BrokerageOperation op : values()) {
            if (op.uriName.equals(name) || op.name().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown brokerage operation '" + name + "'. Valid operations are: "
                                           + Arrays.stream(values()).map(BrokerageOperation::uriName)
                                                   .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return uriName;
    }
}
