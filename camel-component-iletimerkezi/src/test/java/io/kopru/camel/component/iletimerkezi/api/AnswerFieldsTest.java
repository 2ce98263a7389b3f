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
package io.kopru.camel.component.iletimerkezi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.support.json.ProviderJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The send answer's fields, read without a tree, are what the tree and its paths give, however odd the answer. */
class AnswerFieldsTest {

    private static final ObjectMapper MAPPER = ProviderJson.mapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},\"order\":{\"id\":\"4711\"}}}",
        "{\"response\":{\"status\":{\"code\":\"200\",\"message\":\"ok\"},\"order\":{\"id\":4711}}}",
        "{\"response\":{\"status\":{\"code\":\" 401 \",\"message\":null}}}",
        "{\"response\":{\"status\":{\"code\":200.0},\"order\":{\"id\":1.5e3}}}",
        "{\"response\":{\"status\":{\"code\":12345678901234567890},\"order\":{\"id\":9223372036854775807}}}",
        "{\"response\":{\"status\":{\"code\":200},\"order\":{\"id\":\"1\"}},\"response\":{\"status\":{\"code\":452}}}",
        "{\"response\":{\"status\":{\"code\":200},\"status\":7,\"order\":{\"id\":\"1\",\"id\":\"2\"}}}",
        "{\"response\":[{\"status\":{\"code\":200}}]}",
        "{\"response\":{\"status\":{\"code\":{\"value\":200}},\"order\":{\"id\":[\"1\"]}}}",
        "{\"response\":{\"status\":{\"code\":true,\"message\":false}}}",
        "[{\"response\":{\"status\":{\"code\":200}}}]",
        "\"response\"",
        "\"r",
        "{\"response\":{\"status\":{\"code\":200,\"message\":\"unterminated",
        "{\"response\":{\"status\":{\"code\":200},\"order\":{\"id\":\"1\"}},\"x\":\"unterminated",
        "{\"response.status.code\":200,\"response\":{\"status.code\":200,\"status\":{\"code\":452}}}",
        "{\"response\":{\"status\":{\"code\":200,\"5:code\":1},\"4:order\":{\"id\":\"1\"}}}",
        "12 ",
        "1x",
        "",
        "   ",
        "{\"response\":{\"status\":{\"code\":200}}} trailing garbage",
        "{\"response\":{\"status\":{\"code\":200}}",
        "{\"response\":{\"status\":{\"code\":200},\"order\":{\"id\":\"1\"}}, \"x\": [1, 2, {\"y\": tru}]}",
        "{\"other\":{\"deep\":[[[{\"response\":1}]]]},\"response\":{\"order\":{\"id\":\"9\"},\"status\":{\"code\":200}}}"
    })
    void readsWhatTheTreeReads(String answer) {
        sameAsTheTree(answer.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheFieldsOfAnAcceptedOrder() {
        Map<String, JsonNode> fields = IletimerkeziApi.SEND_ANSWER.read(MAPPER.getFactory(),
                "{\"response\":{\"status\":{\"code\":200,\"message\":\"ok\"},\"order\":{\"id\":\"4711\"}}}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(fields.get(IletimerkeziApi.CODE).intValue()).isEqualTo(200);
        assertThat(fields.get(IletimerkeziApi.ORDER_ID).textValue()).isEqualTo("4711");
    }

    @Test
    void aRepeatedObjectForgetsWhatTheEarlierOneHeld() {
        Map<String, JsonNode> fields = IletimerkeziApi.SEND_ANSWER.read(MAPPER.getFactory(),
                "{\"response\":{\"order\":{\"id\":\"1\"}},\"response\":{\"status\":{\"code\":452}}}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(fields).containsOnlyKeys(IletimerkeziApi.CODE);
    }

    /** Fails unless the fields read without a tree are the tree's, path by path (also run by the answers' fuzz test). */
    static void sameAsTheTree(byte[] body) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (IOException e) {
            tree = null;
        }
        Map<String, JsonNode> fields = IletimerkeziApi.SEND_ANSWER.read(MAPPER.getFactory(), body);
        if (tree == null || fields == null) {
            if ((tree == null) != (fields == null)) {
                throw new AssertionError("the tree " + (tree == null ? "failed" : "read") + " what the fields reading "
                                         + (fields == null ? "failed on" : "read") + ": "
                                         + new String(body, StandardCharsets.UTF_8));
            }
            return;
        }
        for (String path : new String[] {IletimerkeziApi.CODE, IletimerkeziApi.MESSAGE, IletimerkeziApi.ORDER_ID}) {
            JsonNode node = tree;
            for (String name : path.split("\\.")) {
                node = node.path(name);
            }
            JsonNode expected = node.isValueNode() ? node : null;
            if (expected == null ? fields.containsKey(path) : !expected.equals(fields.get(path))) {
                throw new AssertionError(path + ": the tree has " + node + ", the fields reading " + fields.get(path)
                                         + " in " + new String(body, StandardCharsets.UTF_8));
            }
        }
    }
}
