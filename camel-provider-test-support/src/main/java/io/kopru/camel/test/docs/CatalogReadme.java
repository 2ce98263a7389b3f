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
package io.kopru.camel.test.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a component module's README honest about its options and headers: the tables between the README's catalog
 * markers are rendered from the catalog JSON that {@code camel-component-maven-plugin} generates from the
 * {@code @UriParam}, {@code @UriPath} and {@code @Metadata} annotations, so that the annotations are the one source.
 * <p>
 * A README holds three blocks, each between a begin and an end marker on lines of their own:
 * <pre>
 * &lt;!-- catalog:endpoint-options --&gt;   ...   &lt;!-- /catalog:endpoint-options --&gt;
 * &lt;!-- catalog:component-options --&gt;  ...   &lt;!-- /catalog:component-options --&gt;
 * &lt;!-- catalog:headers --&gt;            ...   &lt;!-- /catalog:headers --&gt;
 * </pre>
 * {@link #check(Class, String, Path)} fails when a block differs from what the catalog gives, naming the command
 * that rewrites the blocks; run with {@code -Dkopru.docs.update=true}, it writes them instead. Everything outside
 * the markers is the README author's.
 */
public final class CatalogReadme {

    /** The system property that makes {@link #check} rewrite the README instead of failing. */
    public static final String UPDATE_PROPERTY = "kopru.docs.update";

    static final String ENDPOINT_OPTIONS = "endpoint-options";
    static final String COMPONENT_OPTIONS = "component-options";
    static final String HEADERS = "headers";
    private static final List<String> BLOCKS = List.of(ENDPOINT_OPTIONS, COMPONENT_OPTIONS, HEADERS);

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogReadme() {
    }

    /**
     * Compares the README's catalog blocks with the component's catalog, or rewrites them when
     * {@code -Dkopru.docs.update=true}.
     *
     * @param componentClass the component class; its catalog is read from the class path, next to it under
     *                       {@code META-INF/}
     * @param scheme         the component's scheme, the catalog file's name
     * @param readme         the module's README.md
     * @throws AssertionError when the README differs and the update property is not set
     */
    public static void check(Class<?> componentClass, String scheme, Path readme) {
        check(readme, catalog(componentClass, scheme));
    }

    static void check(Path readme, JsonNode catalog) {
        String current = read(readme);
        String expected = render(current, catalog);
        if (expected.equals(current)) {
            return;
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(readme, expected);
            return;
        }
        throw new AssertionError(readme + ": the option and header tables differ from the component's catalog ("
                                 + firstDifference(current, expected) + "). They are generated: edit the"
                                 + " annotations' descriptions, not the tables, then rewrite them with\n  "
                                 + updateCommand(readme));
    }

    /** The command that rewrites the tables of the module the README belongs to. */
    static String updateCommand(Path readme) {
        Path module = readme.toAbsolutePath().getParent();
        return "mvn -B -q -pl " + module.getFileName() + " -am verify -Dtest='*ReadmeCatalogTest'"
               + " -Dsurefire.failIfNoSpecifiedTests=false -Dlicense.skip=true -D" + UPDATE_PROPERTY + "=true";
    }

    /** The README text with every catalog block rendered from the catalog. */
    static String render(String readme, JsonNode catalog) {
        String text = readme;
        for (String block : BLOCKS) {
            text = replaceBlock(text, block, table(block, catalog));
        }
        return text;
    }

    private static String table(String block, JsonNode catalog) {
        switch (block) {
            case ENDPOINT_OPTIONS:
                return endpointOptions(catalog);
            case COMPONENT_OPTIONS:
                return componentOptions(catalog);
            case HEADERS:
                return headers(catalog);
            default:
                throw new IllegalArgumentException(block);
        }
    }

    private static String replaceBlock(String text, String block, String content) {
        String begin = "<!-- catalog:" + block + " -->";
        String end = "<!-- /catalog:" + block + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError("the README has no block " + begin + " ... " + end + " (each marker on a line of"
                                     + " its own); add one where the " + block + " table belongs");
        }
        return text.substring(0, from + begin.length()) + "\n" + content + text.substring(to);
    }

    static String endpointOptions(JsonNode catalog) {
        String scheme = catalog.path("component").path("scheme").asText();
        StringBuilder sb = new StringBuilder();
        sb.append("Options of the endpoint `").append(catalog.path("component").path("syntax").asText())
                .append("`, from the component's catalog. Every one but the path can also be set on the component,")
                .append(" for all its endpoints (`camel.component.").append(scheme).append(".<option>`).\n\n");
        optionTable(sb, catalog.path("properties"), Set.of());
        return sb.toString();
    }

    static String componentOptions(JsonNode catalog) {
        Set<String> onEndpoints = new HashSet<>();
        catalog.path("properties").fieldNames().forEachRemaining(onEndpoints::add);
        StringBuilder sb = new StringBuilder();
        sb.append("Options of the component only (`camel.component.")
                .append(catalog.path("component").path("scheme").asText()).append(".<option>`):\n\n");
        optionTable(sb, catalog.path("componentProperties"), onEndpoints);
        return sb.toString();
    }

    private static void optionTable(StringBuilder sb, JsonNode options, Set<String> skip) {
        sb.append("| option | group | type | default | description |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            if (skip.contains(option.getKey())) {
                continue;
            }
            JsonNode o = option.getValue();
            List<String> flags = new ArrayList<>();
            if ("path".equals(o.path("kind").asText())) {
                flags.add("path");
            }
            if (o.path("required").asBoolean()) {
                flags.add("required");
            }
            if (o.path("secret").asBoolean()) {
                flags.add("secret");
            }
            if (o.path("deprecated").asBoolean()) {
                flags.add("deprecated");
            }
            sb.append("| `").append(option.getKey()).append('`')
                    .append(flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")")
                    .append(" | ").append(cell(o.path("group").asText()))
                    .append(" | ").append(type(o))
                    .append(" | ").append(defaultValue(o))
                    .append(" | ").append(cell(o.path("description").asText()))
                    .append(" |\n");
        }
    }

    static String headers(JsonNode catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("Headers the component reads (In) and writes (Out), from the component's catalog.\n\n");
        sb.append("| header | operations | type | description |\n");
        sb.append("|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = catalog.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            JsonNode h = header.getValue();
            String label = h.path("label").asText();
            sb.append("| `").append(header.getKey()).append('`')
                    .append(" | ").append(cell(label.isEmpty() ? "all" : label.replace(",", ", ")))
                    .append(" | ").append(cell(shortType(h.path("javaType").asText())))
                    .append(" | ").append(cell(h.path("description").asText()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String defaultValue(JsonNode option) {
        if (!option.has("defaultValue")) {
            return "";
        }
        String value = option.get("defaultValue").asText();
        return value.isEmpty() ? "(empty)" : "`" + cell(value) + "`";
    }

    private static String type(JsonNode option) {
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.get("enum").forEach(v -> values.add("`" + cell(v.asText()) + "`"));
            return "one of " + String.join(", ", values);
        }
        return cell(shortType(option.path("javaType").asText()));
    }

    /** {@code java.lang.String} as {@code String}; other types as their simple name, generics kept. */
    private static String shortType(String javaType) {
        return javaType.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
    }

    /** Text that stays inside one Markdown table cell. */
    private static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").replace("<", "&lt;").trim();
    }

    static JsonNode catalog(Class<?> componentClass, String scheme) {
        String resource = "/META-INF/" + componentClass.getPackageName().replace('.', '/') + "/" + scheme + ".json";
        try (InputStream in = componentClass.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no catalog " + resource + " on the class path: build the module first");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String current, String expected) {
        String[] a = current.split("\n", -1);
        String[] b = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end of file>";
            String right = i < b.length ? b[i] : "<end of file>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + " is\n  " + abbreviate(left) + "\nwhere the catalog gives\n  "
                       + abbreviate(right) + "\n";
            }
        }
        return "they differ";
    }

    private static String abbreviate(String line) {
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    private static String read(Path readme) {
        try {
            return Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path readme, String text) {
        try {
            Files.writeString(readme, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
