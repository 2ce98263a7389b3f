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
package io.kopru.camel.sandbox.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A provider's answer as a public source shows it: {@code name.json} (the body, as the source writes it) next to
 * {@code name.source} (properties: {@code source}, where it was shown; {@code httpStatus}; {@code operation}, the call
 * that answers it). Components test their parsers against every fixture, and the simulators against the same shapes,
 * so that neither can drift from the evidence.
 */
public final class ProviderFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String body;
    private final Properties meta;

    private ProviderFixture(String name, String body, Properties meta) {
        this.name = name;
        this.body = body;
        this.meta = meta;
    }

    /** Every fixture in a class-path directory (e.g. {@code provider-fixtures}), sorted by name. */
    public static List<ProviderFixture> all(String classPathDirectory) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(classPathDirectory);
        if (url == null) {
            throw new IllegalStateException("no fixture directory " + classPathDirectory + " on the class path");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<ProviderFixture> fixtures = new ArrayList<>();
            for (Path json : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList())) {
                String name = json.getFileName().toString().replaceFirst("\\.json$", "");
                Path source = json.resolveSibling(name + ".source");
                if (!Files.exists(source)) {
                    throw new IllegalStateException("fixture " + name + " has no " + name + ".source naming where it"
                                                    + " was shown");
                }
                Properties meta = new Properties();
                try (Reader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                    meta.load(r);
                }
                fixtures.add(new ProviderFixture(name, Files.readString(json, StandardCharsets.UTF_8), meta));
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public String body() {
        return body;
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + name + " is not JSON", e);
        }
    }

    /** Where the answer was shown: a document's address, or an SDK, its commit and file. */
    public String source() {
        return meta.getProperty("source", "").trim();
    }

    public int httpStatus() {
        return Integer.parseInt(meta.getProperty("httpStatus", "200").trim());
    }

    /** The provider's call (or the component's operation) that answers this. */
    public String operation() {
        return meta.getProperty("operation", "").trim();
    }

    /**
     * The JSON shape: every path (object keys, {@code []} for array elements, all elements merged) and what is there:
     * {@code object}, {@code array} or {@code scalar}. Strings and numbers are both scalars: sources write the same
     * field both ways.
     */
    public static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        collect("", node, shape);
        return shape;
    }

    private static void collect(String path, JsonNode node, Map<String, String> shape) {
        if (node.isObject()) {
            shape.put(path, "object");
            node.fields().forEachRemaining(e -> collect(path + "/" + e.getKey(), e.getValue(), shape));
        } else if (node.isArray()) {
            shape.put(path, "array");
            node.forEach(element -> collect(path + "[]", element, shape));
        } else if (!node.isNull()) {
            shape.put(path, "scalar");
        }
    }

    /**
     * The paths of the fixture that the other answer lacks or holds as something else; empty when the other answer
     * has the fixture's whole shape (it may have more).
     */
    public List<String> missingFrom(JsonNode other) {
        Map<String, String> theirs = shape(other);
        List<String> missing = new ArrayList<>();
        shape(json()).forEach((path, kind) -> {
            if (!kind.equals(theirs.get(path))) {
                missing.add(path + " (" + kind + (theirs.containsKey(path) ? ", got " + theirs.get(path) : "") + ")");
            }
        });
        return missing;
    }

    @Override
    public String toString() {
        return name;
    }
}
