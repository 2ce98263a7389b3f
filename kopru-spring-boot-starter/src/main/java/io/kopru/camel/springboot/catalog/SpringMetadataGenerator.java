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
package io.kopru.camel.springboot.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.util.StringHelper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code META-INF/spring-configuration-metadata.json} at build time (exec-maven-plugin, process-classes): a
 * group {@code camel.component.<scheme>} per component of the {@link KopruCatalog}, and a property per component
 * option, with the catalog's description, type, default and enum values; then the hand-written {@code kopru.*}
 * properties of the routes library. The descriptions are the components' own, so the IDE never shows stale text.
 * <pre>
 * SpringMetadataGenerator &lt;kopru-properties.json&gt; &lt;output file&gt;
 * </pre>
 */
public final class SpringMetadataGenerator {

    private static final Map<String, String> BOXED = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float",
            "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character");

    private SpringMetadataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SpringMetadataGenerator <kopru-properties.json> <output>");
        }
        KopruCatalog catalog = KopruCatalog.load(SpringMetadataGenerator.class.getClassLoader());
        if (catalog.components().isEmpty()) {
            throw new IllegalStateException("no Kopru component catalog on the class path (" + KopruCatalog.LOCATION_PATTERN
                                            + "): the metadata would be empty");
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode metadata = metadata(json, catalog, json.readTree(Path.of(args[0]).toFile()));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        json.writeValue(out.toFile(), metadata);
    }

    static ObjectNode metadata(ObjectMapper json, KopruCatalog catalog, JsonNode handWritten) {
        ObjectNode root = json.createObjectNode();
        ArrayNode groups = root.putArray("groups");
        ArrayNode properties = root.putArray("properties");
        ArrayNode hints = root.putArray("hints");
        for (KopruCatalog.CatalogComponent component : catalog.components()) {
            String prefix = "camel.component." + component.scheme();
            groups.addObject().put("name", prefix).put("type", component.javaType())
                    .put("description", component.title() + ": " + component.description())
                    .put("sourceType", component.javaType());
            // the two switches every Camel starter has, read by camel-spring-boot's hierarchical conditions
            properties.addObject().put("name", prefix + ".enabled").put("type", "java.lang.Boolean")
                    .put("description", "Whether the " + component.scheme()
                                        + " component is configured from these properties. Enabled by default.")
                    .put("sourceType", component.javaType()).put("defaultValue", true);
            properties.addObject().put("name", prefix + ".customizer.enabled").put("type", "java.lang.Boolean")
                    .put("description", "Whether the Kopru customizer applies these properties to the "
                                        + component.scheme() + " component. Enabled by default.")
                    .put("sourceType", component.javaType()).put("defaultValue", true);
            for (KopruCatalog.CatalogOption option : component.options()) {
                String name = prefix + "." + StringHelper.camelCaseToDash(option.name());
                ObjectNode property = properties.addObject().put("name", name)
                        .put("type", BOXED.getOrDefault(option.javaType(), option.javaType()))
                        .put("description", option.description()).put("sourceType", component.javaType());
                if (option.defaultValue() != null) {
                    property.set("defaultValue", option.defaultValue());
                }
                if (option.deprecated()) {
                    property.putObject("deprecation");
                }
                if (!option.enums().isEmpty()) {
                    ArrayNode values = hints.addObject().put("name", name).putArray("values");
                    option.enums().forEach(v -> values.addObject().put("value", v));
                }
            }
        }
        handWritten.path("groups").forEach(groups::add);
        handWritten.path("properties").forEach(properties::add);
        handWritten.path("hints").forEach(hints::add);
        return root;
    }
}
