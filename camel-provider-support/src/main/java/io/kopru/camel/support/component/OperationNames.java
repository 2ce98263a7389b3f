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
