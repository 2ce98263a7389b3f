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
package io.kopru.camel.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.springboot.catalog.KopruCatalog;
import io.kopru.camel.springboot.routes.KopruRoutesLibrary;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The IDE metadata in the jar describes every option of every component with the catalog's own words. */
class SpringMetadataTest {

    @Test
    void everyCatalogOptionIsInTheMetadataWithItsCatalogDescription() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> properties = new HashMap<>();
        metadata.path("properties").forEach(p -> properties.put(p.path("name").asText(), p));

        KopruCatalog catalog = KopruCatalog.load(getClass().getClassLoader());
        assertThat(catalog.components()).extracting(KopruCatalog.CatalogComponent::scheme)
                .contains("iletimerkezi", "mobildev", "signaport", "restlink", "brokerage");
        int options = 0;
        for (KopruCatalog.CatalogComponent component : catalog.components()) {
            for (KopruCatalog.CatalogOption option : component.options()) {
                String name = "camel.component." + component.scheme() + "." + StringHelper.camelCaseToDash(option.name());
                assertThat(properties).as(name).containsKey(name);
                assertThat(properties.get(name).path("description").asText()).as(name).isEqualTo(option.description());
                options++;
            }
        }
        assertThat(options).isGreaterThan(50);
        assertThat(properties.get("camel.component.iletimerkezi.secret-key").path("type").asText())
                .isEqualTo("java.lang.String");
        assertThat(properties.get("camel.component.iletimerkezi.response-timeout").path("type").asText())
                .isEqualTo("java.lang.Integer");
        assertThat(metadata.path("hints").findValuesAsText("name")).contains("camel.component.iletimerkezi.iys-list");
        assertThat(properties).containsKeys("kopru.sms.enabled", "kopru.sign.enabled");

        // options of the reshaped components, and none of the removed ones
        assertThat(properties).containsKeys("camel.component.iletimerkezi.max-response-size",
                "camel.component.mobildev.rate-limiter-factory", "camel.component.signaport.used-sign-tokens");
        assertThat(properties).doesNotContainKeys("camel.component.iletimerkezi.clock", "camel.component.mobildev.clock");
        assertThat(properties.get("camel.component.mobildev.api").path("defaultValue").asText()).isEqualTo("integrator");
        assertThat(metadata.path("hints").findValuesAsText("name")).contains("camel.component.mobildev.api");
    }

    @Test
    void theRoutesLibrarysPropertiesAreDescribedWithTheStartersDefaults() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> properties = new HashMap<>();
        metadata.path("properties").forEach(p -> properties.put(p.path("name").asText(), p));
        assertThat(properties).containsKeys("kopru.store", "kopru.store.datasource", "kopru.store.migrate",
                "kopru.node.name", "kopru.poll.interval-seconds", "kopru.sms.dead-letter");
        assertThat(properties).doesNotContainKeys("kopru.pending.store", "kopru.pending.datasource");
        KopruRoutesLibrary.defaultProperties().forEach((name, value) -> {
            assertThat(properties).as(name).containsKey(name);
            assertThat(properties.get(name).path("defaultValue").asText()).as(name).isEqualTo(value.toString());
        });
    }
}
