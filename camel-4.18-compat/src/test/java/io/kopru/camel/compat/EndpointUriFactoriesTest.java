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
package io.kopru.camel.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every component's generated EndpointUriFactory, built against Camel 4.14, asked by Camel 4.18 to build a URI from
 * parameters: what `EndpointUriFactory.buildUri` callers do (the YAML DSL for a scheme-only `uri` with `parameters`,
 * tooling, your own code). Camel 4.18's EndpointUriFactorySupport flattens multi-value options through
 * `multiValuePrefixes()`, which returns a Map there and a Set in 4.14: a factory compiled on 4.14 that inherits that
 * code fails with AbstractMethodError.
 */
class EndpointUriFactoriesTest {

    private CamelContext context;

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    void theseTestsRunOnCamel418() {
        assertThat(context.getVersion()).startsWith("4.18.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "iletimerkezi, send-sms,   apiKey",
        "mobildev,     send,       apiKey",
        "signaport,    get-token,  password",
        "restlink,     send,       apiKey",
        "brokerage,    call,       apiKey",
    })
    void buildsTheUriFromParametersWithTheSecretKeptRaw(String scheme, String operation, String secretOption)
            throws Exception {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory(scheme);
        assertThat(factory).as("the component's generated URI factory").isNotNull();
        assertThat(factory.getClass().getPackageName()).startsWith("io.kopru.camel.component.");

        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("operation", operation);
        parameters.put(secretOption, "s3cr&t+key");
        parameters.put("responseTimeout", 5000);

        assertThat(factory.buildUri(scheme, parameters, false))
                .isEqualTo(scheme + ":" + operation + "?" + secretOption + "=RAW(s3cr&t+key)&responseTimeout=5000");
        // the same through the interface's default method (encoding on)
        assertThat(factory.buildUri(scheme, parameters))
                .isEqualTo(scheme + ":" + operation + "?" + secretOption + "=RAW(s3cr&t+key)&responseTimeout=5000");
    }

    /**
     * The URI factories are kept free of Camel's multi-value flattening (README, "Camel versions"), which is right
     * only while no option is multi-value: this fails the day one is added.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"iletimerkezi", "mobildev", "signaport", "restlink", "brokerage"})
    void noOptionIsMultiValue(String scheme) throws Exception {
        String catalog = "META-INF/io/kopru/camel/component/" + scheme + "/" + scheme + ".json";
        JsonNode json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(catalog)) {
            assertThat(in).as(catalog).isNotNull();
            json = new ObjectMapper().readTree(in);
        }
        for (String group : new String[] {"componentProperties", "properties"}) {
            json.path(group).properties().forEach(option -> assertThat(option.getValue().path("multiValue").asBoolean())
                    .as(scheme + " " + group + "." + option.getKey()).isFalse());
        }
        assertThat(json.path("properties").size()).isGreaterThan(5);
    }
}
