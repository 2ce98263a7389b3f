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
package io.kopru.camel.support.log;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.util.StringHelper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The secret options ({@code secret = true} in the catalog) of every endpoint of a context, so that text which prints
 * resolved endpoint URIs can be masked: by name where a URI's query holds them ({@code apiKey=...}, raw, encoded or
 * {@code RAW(...)}), and by value, read through the generated configurers of the endpoint and its component, wherever
 * else they appear (YAML parameters, another option's text).
 */
final class EndpointSecrets {

    static final String MASK = "xxxxxx";
    /** Shorter values are not masked: replacing one or two characters everywhere would garble the text, not hide. */
    private static final int SHORTEST_MASKED = 4;

    private final List<String> values;
    /** {@code name=value} of a secret option in a URI's query, the value as written (raw, encoded or RAW(...)). */
    private final Pattern inQueries;

    private EndpointSecrets(List<String> values, Set<String> names) {
        this.values = values;
        this.inQueries = names.isEmpty() ? null : Pattern.compile("([?&](?:amp;)?(?:"
                + names.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")=)(RAW\\([^)]*\\)|[^&\\s\"'<]*)", Pattern.CASE_INSENSITIVE); // Camel reads option names in any case
    }

    static EndpointSecrets of(CamelContext context) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Endpoint endpoint : context.getEndpoints()) {
            String scheme = StringHelper.before(endpoint.getEndpointUri(), ":");
            if (scheme == null) {
                continue;
            }
            EndpointUriFactory uris = context.getCamelContextExtension().getEndpointUriFactory(scheme);
            Component component = context.hasComponent(scheme);
            if (uris == null || component == null || uris.secretPropertyNames().isEmpty()) {
                continue;
            }
            names.addAll(uris.secretPropertyNames());
            for (String name : uris.secretPropertyNames()) {
                add(found, component.getEndpointPropertyConfigurer(), endpoint, name);
                add(found, component.getComponentPropertyConfigurer(), component, name);
            }
        }
        List<String> values = new ArrayList<>();
        for (String value : found) {
            values.add(value);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            if (!encoded.equals(value)) {
                values.add(encoded);
                values.add(encoded.replace("+", "%20"));
            }
        }
        // the longest first, so that a secret that contains another is masked whole
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new EndpointSecrets(values, names);
    }

    private static void add(Set<String> found, PropertyConfigurer configurer, Object target, String name) {
        if (configurer instanceof PropertyConfigurerGetter getter) {
            Object value = getter.getOptionValue(target, name, true);
            if (value instanceof CharSequence text && text.length() >= SHORTEST_MASKED) {
                found.add(text.toString());
            }
        }
    }

    String mask(String text) {
        String masked = inQueries == null ? text : inQueries.matcher(text).replaceAll("$1" + MASK);
        for (String value : values) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }
}
