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
package io.kopru.camel.support.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderInvalidRequestException;

import java.io.IOException;

/**
 * Reads a webhook call's body as one JSON document, nothing after it, nested at most {@link #MAX_NESTING} deep. What
 * fails is a {@link ProviderInvalidRequestException} (HTTP status 400) whose message holds nothing of the body.
 */
public final class WebhookJson {

    /** Far deeper than any event; Jackson's own default (1000) lets a small body cost much more to read. */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WebhookJson() {
    }

    /**
     * @param provider who sent it, for the error
     * @return the body as a JSON tree
     * @throws ProviderInvalidRequestException when it is empty or not one JSON document
     */
    public static JsonNode read(String provider, byte[] body) {
        JsonNode tree;
        try {
            tree = body == null || body.length == 0 ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // the original message has no excerpt of the body: nothing of it goes into an error or a log
            throw malformed(provider, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed(provider, "unreadable: " + e.getClass().getSimpleName());
        }
        if (tree == null) {
            throw malformed(provider, "empty");
        }
        return tree;
    }

    /** The error of a body that is not what the webhook accepts: {@code "the webhook body is " + why}. */
    public static ProviderInvalidRequestException malformed(String provider, String why) {
        return new ProviderInvalidRequestException(ProviderErrorDetails.of(provider).httpStatus(400)
                .providerMessage("the webhook body is " + why)
                .remedy("The call was answered 400 and did not reach the route").build());
    }
}
