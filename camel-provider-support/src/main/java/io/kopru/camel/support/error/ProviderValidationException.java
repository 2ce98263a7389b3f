/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
