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
