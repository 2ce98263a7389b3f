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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kopru components on the class path, read from the catalog JSON that camel-component-maven-plugin writes into
 * every component jar ({@code META-INF/io/kopru/camel/component/<scheme>/<scheme>.json}). Both the runtime (which
 * components to configure, which options are secret) and the build (the IDE metadata) read this one source, so a
 * new component or option needs no change here.
 */
public final class KopruCatalog {

    /** Where the component jars keep their catalog JSON. */
    public static final String LOCATION_PATTERN = "classpath*:META-INF/io/kopru/camel/component/*/*.json";

    private final List<CatalogComponent> components;

    private KopruCatalog(List<CatalogComponent> components) {
        this.components = List.copyOf(components);
    }

    /** Reads every catalog JSON visible to the class loader. */
    public static KopruCatalog load(ClassLoader classLoader) {
        ObjectMapper json = new ObjectMapper();
        List<CatalogComponent> found = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources(LOCATION_PATTERN)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode root = json.readTree(in);
                    if ("component".equals(root.path("component").path("kind").asText())) {
                        found.add(component(root));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Kopru components' catalog JSON", e);
        }
        found.sort(Comparator.comparing(CatalogComponent::scheme));
        return new KopruCatalog(found);
    }

    private static CatalogComponent component(JsonNode root) {
        JsonNode component = root.path("component");
        List<CatalogOption> options = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("componentProperties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = e.getValue();
            List<String> enums = new ArrayList<>();
            o.path("enum").forEach(v -> enums.add(v.asText()));
            JsonNode defaultValue = o.get("defaultValue");
            options.add(new CatalogOption(e.getKey(), o.path("javaType").asText(), o.path("description").asText(),
                    defaultValue == null || defaultValue.isNull() ? null : defaultValue,
                    o.path("secret").asBoolean(false), o.path("deprecated").asBoolean(false), enums));
        }
        return new CatalogComponent(component.path("scheme").asText(), component.path("title").asText(),
                component.path("description").asText(), component.path("javaType").asText(), options);
    }

    public List<CatalogComponent> components() {
        return components;
    }

    public Optional<CatalogComponent> byJavaType(String javaType) {
        return components.stream().filter(c -> c.javaType().equals(javaType)).findFirst();
    }

    /** One component: its scheme, title, description, class and component-level options. */
    public record CatalogComponent(String scheme, String title, String description, String javaType,
                                   List<CatalogOption> options) {
    }

    /** One component option as the catalog describes it. */
    public record CatalogOption(String name, String javaType, String description, JsonNode defaultValue,
                                boolean secret, boolean deprecated, List<String> enums) {
    }
}
