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

import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.component.brokerage.api.BrokerageErrors;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.webhook.WebhookJson;

/**
 * Checks a webhook call's body before it reaches the route: one JSON document (object or array), nothing after it,
 * nested at most {@link WebhookJson#MAX_NESTING} deep (the support module's {@link WebhookJson}). The documents do not
 * describe the events' fields, so nothing more is required of it; a body that fails is answered 400 and never reaches
 * the route.
 */
public final class BrokerageWebhookBody {

    private BrokerageWebhookBody() {
    }

    /**
     * @return the body as a JSON tree
     * @throws ProviderInvalidRequestException (HTTP status 400) when it is not one JSON object or array
     */
    public static JsonNode parse(byte[] body) {
        JsonNode tree = WebhookJson.read(BrokerageErrors.PROVIDER, body);
        if (!(tree.isObject() || tree.isArray())) {
            throw WebhookJson.malformed(BrokerageErrors.PROVIDER, "not a JSON object or array");
        }
        return tree;
    }
}
