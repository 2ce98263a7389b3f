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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A few scalar fields of a JSON answer, found as {@code ObjectMapper.readTree} and {@link JsonNode#path} would find
 * them, without building the tree: the send answer is read on every send, and its tree was a tenth of a send's CPU.
 * <p>
 * Like the tree: a name repeated in an object keeps its last value (what the earlier one held is forgotten); a path
 * through anything but an object finds nothing; only the first value of the body is read (readTree ignores what
 * follows it); a body that is not JSON up to the end of that value reads as {@code null}, as readTree fails on it; each
 * scalar is the node the tree would hold (numbers by their size, floating point as double). The answers' fuzz test
 * compares the two readings on every input it makes.
 * <p>
 * The paths are a tree of names, walked as the parser goes: a name is looked up among its object's children, with no
 * path text built for it.
 */
final class AnswerFields {

    /** A name on the way to the wanted paths: the object it names is entered if it has children. */
    private static final class Step {
        final Map<String, Step> children = new HashMap<>();
        /** The index of the path that ends here, or -1. */
        int path = -1;
        /** The indexes of every path that ends here or below: what a repeated name forgets. */
        int[] below = new int[0];
    }

    private final String[] dotted;
    private final Step root = new Step();

    /** @param paths dotted paths from the root, e.g. {@code response.status.code} (names without dots) */
    AnswerFields(String... paths) {
        this.dotted = paths.clone();
        for (int i = 0; i < paths.length; i++) {
            Step step = root;
            List<Step> way = new ArrayList<>();
            for (String name : paths[i].split("\\.")) {
                step = step.children.computeIfAbsent(name, n -> new Step());
                way.add(step);
            }
            step.path = i;
            for (Step s : way) {
                s.below = append(s.below, i);
            }
        }
    }

    private static int[] append(int[] values, int value) {
        int[] more = Arrays.copyOf(values, values.length + 1);
        more[values.length] = value;
        return more;
    }

    /** @return each path found (as given), with its scalar node; null when the body is not JSON */
    Map<String, JsonNode> read(JsonFactory json, byte[] body) {
        JsonNode[] found = new JsonNode[dotted.length];
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != null) {
                value(p, root, found);
                // a string is read lazily, and a root value is followed by no token that would read it: read it now,
                // so that an unterminated one fails as readTree fails on it
                p.finishToken();
            }
        } catch (IOException e) {
            return null;
        }
        Map<String, JsonNode> byDotted = new HashMap<>();
        for (int i = 0; i < found.length; i++) {
            if (found[i] != null) {
                byDotted.put(dotted[i], found[i]);
            }
        }
        return byDotted;
    }

    /** At a value's first token: records it if wanted, enters it if it is an object on a wanted path, else skips it. */
    private static void value(JsonParser p, Step step, JsonNode[] found) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT && !step.children.isEmpty()) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Step child = step.children.get(p.currentName());
                p.nextToken();
                if (child == null) {
                    p.skipChildren();
                    continue;
                }
                // a repeated name replaces the earlier value, and all it held
                for (int i : child.below) {
                    found[i] = null;
                }
                value(p, child, found);
            }
        } else if (token.isScalarValue()) {
            if (step.path >= 0) {
                found[step.path] = scalar(p, token);
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
