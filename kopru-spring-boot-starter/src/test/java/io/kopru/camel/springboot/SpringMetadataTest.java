package io.kopru.camel.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.springboot.catalog.KopruCatalog;
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
    }
}
