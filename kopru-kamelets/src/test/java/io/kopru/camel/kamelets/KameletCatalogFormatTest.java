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
package io.kopru.camel.kamelets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Kamelet has the catalog's shape, and every Kamelet property that ends up in an option the component's catalog
 * marks secret is declared a credential ({@code format: password}, {@code urn:camel:group:credentials}).
 */
class KameletCatalogFormatTest {

    private static final List<String> KAMELETS = List.of("iletimerkezi-sms-sink", "mobildev-sms-sink",
            "restlink-sms-sink", "signaport-sign-token-action", "iletimerkezi-delivery-report-source");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z]+)}}");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyKameletHasTheCatalogShapeAndDeclaresItsSecretsAsCredentials() throws Exception {
        for (String name : KAMELETS) {
            JsonNode kamelet = yaml("kamelets/" + name + ".kamelet.yaml");
            assertThat(kamelet.path("apiVersion").asText()).as(name).isEqualTo("camel.apache.org/v1");
            assertThat(kamelet.path("kind").asText()).as(name).isEqualTo("Kamelet");
            assertThat(kamelet.path("metadata").path("name").asText()).isEqualTo(name);
            String type = kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
            assertThat(name).as("type " + type).endsWith("-" + type);
            JsonNode definition = kamelet.path("spec").path("definition");
            JsonNode properties = definition.path("properties");
            assertThat(definition.path("title").asText()).as(name).isNotBlank();
            assertThat(definition.path("description").asText()).as(name).isNotBlank();
            definition.path("required").forEach(r -> assertThat(properties.has(r.asText())).as(name + " " + r).isTrue());
            properties.fields().forEachRemaining(p -> {
                assertThat(p.getValue().path("title").asText()).as(name + "." + p.getKey()).isNotBlank();
                assertThat(p.getValue().path("description").asText()).as(name + "." + p.getKey()).isNotBlank();
                if ("password".equals(p.getValue().path("format").asText())) {
                    assertThat(p.getValue().path("x-descriptors").toString()).as(name + "." + p.getKey())
                            .contains("urn:camel:group:credentials");
                }
            });
            // the build writes the project's version into the dependencies (resource filtering)
            assertThat(kamelet.path("spec").path("dependencies").toString()).as(name)
                    .contains("mvn:io.kopru.camel:camel-component-").doesNotContain("@");
            int secrets = checkSecrets(name, properties, kamelet.path("spec").path("template"));
            assertThat(secrets).as(name + ": secret options passed").isPositive();
        }
    }

    /** Walks the template's endpoints; returns how many secret component options the Kamelet fills. */
    private int checkSecrets(String name, JsonNode properties, JsonNode node) throws Exception {
        int secrets = 0;
        if (node.isObject() && node.has("uri") && node.path("parameters").isObject()) {
            String scheme = node.path("uri").asText().split(":")[0];
            JsonNode catalog = catalog(scheme);
            if (catalog != null) {
                for (Map.Entry<String, JsonNode> p : (Iterable<Map.Entry<String, JsonNode>>) () -> node.path("parameters").fields()) {
                    if (catalog.path("properties").path(p.getKey()).path("secret").asBoolean()) {
                        Matcher m = PLACEHOLDER.matcher(p.getValue().asText());
                        assertThat(m.matches()).as(name + ": " + p.getKey() + " from a property").isTrue();
                        assertThat(properties.path(m.group(1)).path("format").asText())
                                .as(name + "." + m.group(1) + " fills the secret " + scheme + " option " + p.getKey())
                                .isEqualTo("password");
                        secrets++;
                    }
                }
            }
        }
        for (JsonNode child : node) {
            secrets += checkSecrets(name, properties, child);
        }
        return secrets;
    }

    private JsonNode catalog(String scheme) throws Exception {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/io/kopru/camel/component/" + scheme + "/" + scheme + ".json")) {
            return in == null ? null : json.readTree(in);
        }
    }

    private JsonNode yaml(String resource) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " in the jar").isNotNull();
            return json.valueToTree(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        }
    }
}
