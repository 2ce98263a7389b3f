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
package io.kopru.camel.component.iletimerkezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IletimerkeziComponentTest extends IletimerkeziTestSupport {

    @Test
    void anUnknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:send-mms"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown iletimerkezi operation 'send-mms'")
                .hasMessageContaining("send-sms, get-report, get-reports, cancel-order, get-balance, get-sender,"
                                      + " get-blacklist, add-blacklist, delete-blacklist");
    }

    @Test
    void missingCredentialsFailAtEndpointCreation() {
        context.getComponent("iletimerkezi", IletimerkeziComponent.class).getConfiguration().setSecretKey(null);
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:get-balance"))
                .hasMessageContaining("needs apiKey and secretKey");
    }

    @Test
    void aBaseUrlWithAPathIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:get-balance?baseUrl=https://api.iletimerkezi.com/v1"))
                .hasMessageContaining("scheme://host[:port] with no path");
    }

    @Test
    void endpointOptionsOverrideTheComponentsWithoutChangingThem() {
        IletimerkeziEndpoint endpoint = context.getEndpoint("iletimerkezi:send-sms?sender=KOPRU&commercial=true"
                                                            + "&iysList=TACIR&responseTimeout=5000",
                IletimerkeziEndpoint.class);
        assertThat(endpoint.getConfiguration().getSender()).isEqualTo("KOPRU");
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(5000);
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(IletimerkeziSimulator.API_KEY);
        assertThat(context.getComponent("iletimerkezi", IletimerkeziComponent.class).getConfiguration().getSender())
                .isEqualTo("ACME");
        assertThat(endpoint.toString()).doesNotContain(IletimerkeziSimulator.API_KEY);
    }

    @Test
    void theProducerHealthCheckCallsGetBalance() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        assertThat(registry).as("camel-health on the class path").isNotNull();
        // producer checks are off by default in Camel (camel.health.producersEnabled=true turns them on)
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        context.getEndpoint("iletimerkezi:send-sms").createProducer().start();
        List<HealthCheck.Result> up = readiness();
        assertThat(up).singleElement().satisfies(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(r.getDetails()).containsEntry("balance.sms", IletimerkeziSimulator.INITIAL_CREDITS);
        });
        assertThat(server.requestCount("/v1/get-balance/json")).isPositive();

        iletimerkezi.setUnavailable(true);
        assertThat(readiness()).singleElement().satisfies(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(r.getMessage()).get().asString().contains("503");
        });
    }

    private List<HealthCheck.Result> readiness() {
        Collection<HealthCheck.Result> all = HealthCheckHelper.invokeReadiness(context);
        List<HealthCheck.Result> producers = new ArrayList<>();
        for (HealthCheck.Result r : all) {
            if (r.getCheck().getId().startsWith("producer:iletimerkezi")) {
                producers.add(r);
            }
        }
        return producers;
    }

    @Test
    void theGeneratedCatalogDocumentsEveryOptionAndHeader() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/io/kopru/camel/component/iletimerkezi/iletimerkezi.json")) {
            assertThat(in).as("generated catalog JSON on the class path").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        assertThat(catalog.path("component").path("scheme").asText()).isEqualTo("iletimerkezi");
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            catalog.path(section).fields().forEachRemaining(e ->
                    assertThat(e.getValue().path("description").asText()).as(section + " " + e.getKey()).isNotBlank());
        }
        JsonNode properties = catalog.path("properties");
        for (String option : new String[] {"operation", "apiKey", "secretKey", "sender", "commercial", "iysList",
                "baseUrl", "connectTimeout", "responseTimeout", "proxyHost", "proxyPort", "sslContextParameters",
                "rateLimit", "rateLimitPeriod", "webhookPath", "webhookToken", "webhookAllowedSources",
                "webhookMaxBodySize", "webhookRateLimit"}) {
            assertThat(properties.has(option)).as("option " + option).isTrue();
        }
        assertThat(properties.path("apiKey").path("secret").asBoolean()).isTrue();
        assertThat(properties.path("secretKey").path("secret").asBoolean()).isTrue();
        assertThat(properties.path("webhookToken").path("secret").asBoolean()).isTrue();
        assertThat(properties.path("webhookToken").path("label").asText()).contains("security");
        assertThat(properties.path("baseUrl").path("defaultValue").asText()).isEqualTo("https://api.iletimerkezi.com");
        assertThat(properties.path("operation").path("javaType").asText())
                .isEqualTo(IletimerkeziOperation.class.getName());
        assertThat(properties.path("operation").path("enum").toString()).isEqualTo("[\"send-sms\",\"get-report\","
                + "\"get-reports\",\"cancel-order\",\"get-balance\",\"get-sender\",\"get-blacklist\",\"add-blacklist\","
                + "\"delete-blacklist\",\"delivery-reports\"]");
        assertThat(catalog.path("componentProperties").has("useGlobalSslContextParameters")).isTrue();

        // every header constant is in the catalog
        List<String> headers = new ArrayList<>();
        catalog.path("headers").fields().forEachRemaining(e -> headers.add(e.getKey()));
        for (Field f : IletimerkeziConstants.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().equals(f.getName().toUpperCase())
                && !f.getName().equals("PROVIDER")) {
                assertThat(headers).contains((String) f.get(null));
            }
        }
        assertThat(PluginHelper.getUriFactoryResolver(context).resolveFactory("iletimerkezi", context)).isNotNull();
    }
}
