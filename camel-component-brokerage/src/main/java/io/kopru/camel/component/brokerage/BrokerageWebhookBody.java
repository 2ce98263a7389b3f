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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kopru.camel.component.brokerage.api.BrokerageErrors;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderInvalidRequestException;

import java.io.IOException;

/**
 * Checks a webhook call's body before it reaches the route: one JSON document (object or array), nothing after it,
 * nested at most {@link #MAX_NESTING} deep. The documents do not describe the events' fields, so nothing more is
 * required of it; a body that fails is answered 400 and never reaches the route.
 */
public final class BrokerageWebhookBody {

    /** Far deeper than any event; Jackson's own default (1000) lets a small body cost much more to read. */
    static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private BrokerageWebhookBody() {
    }

    /**
     * @return the body as a JSON tree
     * @throws ProviderInvalidRequestException (HTTP status 400) when it is not one JSON object or array
     */
    public static JsonNode parse(byte[] body) {
        JsonNode tree;
        try {
            tree = body == null || body.length == 0 ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // the original message has no excerpt of the body: nothing of it goes into an error or a log
            throw malformed("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed("unreadable: " + e.getClass().getSimpleName());
        }
        if (tree == null || !(tree.isObject() || tree.isArray())) {
            throw malformed("not a JSON object or array");
        }
        return tree;
    }

    private static ProviderInvalidRequestException malformed(String why) {
        return new ProviderInvalidRequestException(ProviderErrorDetails.of(BrokerageErrors.PROVIDER).httpStatus(400)
                .providerMessage("the webhook body is " + why)
                .remedy("The call was answered 400 and did not reach the route").build());
    }
}
