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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A few scalar fields of a JSON answer, found as {@code ObjectMapper.readTree} and {@link JsonNode#path} would find
 * them, without building the tree: the send answer is read on every send, and its tree was a tenth of a send's CPU.
 * <p>
 * Like the tree: a name repeated in an object keeps its last value (what the earlier one held is forgotten); a path
 * through anything but an object finds nothing; only the first value of the body is read (readTree ignores what
 * follows it); a body that is not JSON up to the end of that value reads as {@code null}, as readTree fails on it; each
 * scalar is the node the tree would hold (numbers by their size, floating point as double). The answers' fuzz test
 * compares the two readings on every input it makes.
 */
final class AnswerFields {

    /**
     * Inside, a path is each name as its length, a colon and the name (a JSON name may hold dots or any other
     * character: so no two paths look alike, and a path starts with an object's path only if it lies inside it).
     */
    private final Map<String, String> dottedOf = new HashMap<>();
    /** Every object on the way to a path (the root is ""). */
    private final Set<String> prefixes = new HashSet<>();

    /** @param paths dotted paths from the root, e.g. {@code response.status.code} (names without dots) */
    AnswerFields(String... paths) {
        for (String dotted : paths) {
            String path = "";
            prefixes.add(path);
            String[] names = dotted.split("\\.");
            for (int i = 0; i < names.length; i++) {
                path = child(path, names[i]);
                if (i < names.length - 1) {
                    prefixes.add(path);
                }
            }
            dottedOf.put(path, dotted);
        }
    }

    private static String child(String path, String name) {
        return path + name.length() + ':' + name;
    }

    /** @return each path found (as given), with its scalar node; null when the body is not JSON */
    Map<String, JsonNode> read(JsonFactory json, byte[] body) {
        Map<String, JsonNode> found = new HashMap<>();
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != null) {
                value(p, "", found);
                // a string is read lazily, and a root value is followed by no token that would read it: read it now,
                // so that an unterminated one fails as readTree fails on it
                p.finishToken();
            }
        } catch (IOException e) {
            return null;
        }
        Map<String, JsonNode> byDotted = new HashMap<>();
        found.forEach((path, node) -> byDotted.put(dottedOf.get(path), node));
        return byDotted;
    }

    /** At a value's first token: records it if wanted, enters it if it is an object on a wanted path, else skips it. */
    private void value(JsonParser p, String path, Map<String, JsonNode> found) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT && prefixes.contains(path)) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String child = child(path, p.currentName());
                // a repeated name replaces the earlier value, and all it held
                found.keySet().removeIf(k -> k.startsWith(child));
                p.nextToken();
                value(p, child, found);
            }
        } else if (token.isScalarValue()) {
            if (dottedOf.containsKey(path)) {
                found.put(path, scalar(p, token));
            }
        } else {
            p.skipChildren();
        }
    }

    /** The node JsonNodeDeserializer makes of a scalar, with ObjectMapper's default features. */
    private static JsonNode scalar(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(p.getIntValue());
                    case LONG:
                        return LongNode.valueOf(p.getLongValue());
                    default:
                        return BigIntegerNode.valueOf(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DoubleNode.valueOf(p.getDoubleValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            default:
                return NullNode.getInstance();
        }
    }
}
