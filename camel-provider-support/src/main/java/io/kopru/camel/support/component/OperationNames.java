package io.kopru.camel.support.component;

import java.util.Locale;

/**
 * The URI name of an operation: its enum constant in lower case, words joined by dashes ({@code SEND_SMS} is
 * {@code send-sms}), as Camel's enum converter reads it back. Every provider's operation enum returns it from
 * {@code toString()}, which the catalog generator lists and {@link ProviderComponent} resolves.
 */
public final class OperationNames {

    private OperationNames() {
    }

    public static String uriName(Enum<?> operation) {
        return operation.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
