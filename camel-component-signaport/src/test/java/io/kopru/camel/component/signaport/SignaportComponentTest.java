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
package io.kopru.camel.component.signaport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignaportComponentTest extends SignaportTestSupport {

    @Test
    void endpointOptionsOverrideTheComponentsWithoutChangingThem() {
        SignaportEndpoint endpoint = context.getEndpoint("signaport:get-token?signatureType=IBYS&lowQuotaThreshold=50"
                                                         + "&responseTimeout=5000",
                SignaportEndpoint.class);
        assertThat(endpoint.getConfiguration().getSignatureType()).isEqualTo(SignaportSignatureType.IBYS);
        assertThat(endpoint.getConfiguration().getLowQuotaThreshold()).isEqualTo(50);
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(5000);
        assertThat(endpoint.getConfiguration().getPassword()).isEqualTo(SignaportSimulator.PASSWORD);
        SignaportConfiguration component = context.getComponent("signaport", SignaportComponent.class)
                .getConfiguration();
        assertThat(component.getSignatureType()).isEqualTo(SignaportSignatureType.MEDULA);
        assertThat(component.getLowQuotaThreshold()).isZero();
        assertThat(endpoint.getServiceUrl()).isEqualTo(server.baseUrl());
        assertThat(endpoint.getServiceProtocol()).isEqualTo("http");
    }

    @Test
    void aPasswordInTheUriIsMaskedInTheEndpointsUri() {
        SignaportEndpoint endpoint = context.getEndpoint("signaport:get-token?password=Uri-Secret-81x",
                SignaportEndpoint.class);
        assertThat(endpoint.getConfiguration().getPassword()).isEqualTo("Uri-Secret-81x");
        assertThat(endpoint.toString()).doesNotContain("Uri-Secret-81x");
    }

    @Test
    void theGeneratedCatalogDocumentsEveryOptionAndHeader() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/io/kopru/camel/component/signaport/signaport.json")) {
            assertThat(in).as("generated catalog JSON on the class path").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        assertThat(catalog.path("component").path("scheme").asText()).isEqualTo("signaport");
        assertThat(catalog.path("component").path("producerOnly").asBoolean()).isTrue();
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            catalog.path(section).fields().forEachRemaining(e ->
                    assertThat(e.getValue().path("description").asText()).as(section + " " + e.getKey()).isNotBlank());
        }
        JsonNode properties = catalog.path("properties");
        for (String option : new String[] {"operation", "licenseKey", "password", "signatureType", "lowQuotaThreshold",
                "baseUrl", "connectTimeout", "responseTimeout", "proxyHost", "sslContextParameters",
                "rateLimit", "rateLimitPeriod", "rateLimitMaxWait"}) {
            assertThat(properties.has(option)).as("option " + option).isTrue();
        }
        assertThat(properties.has("clock")).as("clock is a test seam, not an option").isFalse();
        assertThat(properties.path("operation").path("javaType").asText()).isEqualTo(SignaportOperation.class.getName());
        assertThat(properties.path("operation").path("enum").toString()).isEqualTo("[\"get-token\",\"check-quota\",\"validate\"]");
        assertThat(properties.path("signatureType").path("enum").toString()).isEqualTo("[\"MEDULA\",\"IBYS\"]");
        assertThat(properties.path("password").path("secret").asBoolean()).isTrue();
        assertThat(properties.path("password").path("label").asText()).isEqualTo("security");
        assertThat(properties.path("licenseKey").path("secret").asBoolean()).as("an identifier: see the README")
                .isFalse();
        assertThat(properties.path("baseUrl").path("defaultValue").asText()).isEqualTo("https://api.signaport.com");

        List<String> headers = new ArrayList<>();
        catalog.path("headers").fields().forEachRemaining(e -> headers.add(e.getKey()));
        for (Field f : SignaportConstants.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().equals("PROVIDER")) {
                assertThat(headers).contains((String) f.get(null));
                assertThat((String) f.get(null)).startsWith("CamelSignaport");
            }
        }
        assertThat(PluginHelper.getUriFactoryResolver(context).resolveFactory("signaport", context)).isNotNull();
    }
}
