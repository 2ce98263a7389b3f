package io.kopru.camel.support.error;

import java.util.List;

/**
 * The component refused the request before sending it, because the provider would reject it (an invalid number, empty
 * text, a sender too long, too many segments, a missing field). Nothing left this machine.
 */
public class ProviderValidationException extends ProviderInvalidRequestException {

    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    public ProviderValidationException(String provider, List<String> violations) {
        super("request refused before sending: " + String.join("; ", violations),
                ProviderErrorDetails.of(provider).remedy("Nothing was sent; correct the message and send it again")
                        .build(),
                null);
        this.violations = List.copyOf(violations);
    }

    public ProviderValidationException(String provider, String violation) {
        this(provider, List.of(violation));
    }

    /** Every problem found, one sentence each. */
    public List<String> getViolations() {
        return violations;
    }
}
