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
package io.kopru.camel.component.restlink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestlinkComponentTest extends RestlinkTestSupport {

    @Test
    void anUnknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("restlink:send-sms?" + API_KEY_MODE))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown restlink operation 'send-sms'. Valid operations are: send, stats, login");
    }

    @Test
    void credentialsAreCheckedAtEndpointCreation() {
        assertThatThrownBy(() -> context.getEndpoint("restlink:send"))
                .hasMessageContaining("needs apiKey");
        assertThatThrownBy(() -> context.getEndpoint("restlink:send?" + API_KEY_MODE + "&" + JWT_MODE))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> context.getEndpoint("restlink:send?username=u"))
                .hasMessageContaining("both username and password");
        assertThatThrownBy(() -> context.getEndpoint("restlink:send?" + API_KEY_MODE + "&signRequests=true"))
                .hasMessageContaining("signRequests=true needs secretKey");
        assertThatThrownBy(() -> context.getEndpoint("restlink:send?" + JWT_MODE + "&signRequests=true&secretKey=s"))
                .hasMessageContaining("signRequests applies to API keys");
        assertThatThrownBy(() -> context.getEndpoint("restlink:login?" + API_KEY_MODE))
                .hasMessageContaining("login operation is for JWT mode");
        assertThatThrownBy(() -> context.getEndpoint("restlink:stats?period=14d&" + API_KEY_MODE))
                .hasMessageContaining("period '14d' is none of 1d, 7d, 30d, 90d");
    }

    @Test
    void aBaseUrlWithAPathIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("restlink:send?baseUrl=https://restlink23telecom.com/api/v1&"
                                                     + API_KEY_MODE))
                .hasMessageContaining("scheme://host[:port] with no path");
    }

    @Test
    void theModeFollowsTheCredentials() {
        assertThat(context.getEndpoint("restlink:send?" + API_KEY_MODE, RestlinkEndpoint.class).getConfiguration()
                .getAuthMode()).isEqualTo(RestlinkAuthMode.API_KEY);
        assertThat(context.getEndpoint("restlink:send?" + SIGNED_MODE, RestlinkEndpoint.class).getConfiguration()
                .getAuthMode()).isEqualTo(RestlinkAuthMode.SIGNED_API_KEY);
        assertThat(context.getEndpoint("restlink:send?" + JWT_MODE, RestlinkEndpoint.class).getConfiguration()
                .getAuthMode()).isEqualTo(RestlinkAuthMode.JWT);
    }

    @Test
    void endpointOptionsOverrideTheComponentsWithoutChangingThemAndTheUriIsMasked() {
        RestlinkEndpoint endpoint = context.getEndpoint("restlink:send?sender=ACME&responseTimeout=5000&" + SIGNED_MODE,
                RestlinkEndpoint.class);
        assertThat(endpoint.getConfiguration().getSender()).isEqualTo("ACME");
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(5000);
        assertThat(context.getComponent("restlink", RestlinkComponent.class).getConfiguration().getSender())
                .isEqualTo("KOPRU");
        assertThat(endpoint.toString()).doesNotContain(RestlinkSimulator.SIGNED_API_KEY)
                .doesNotContain(RestlinkSimulator.API_SECRET);
        assertThat(context.getEndpoint("restlink:send?" + JWT_MODE).toString())
                .doesNotContain(RestlinkSimulator.PASSWORD);
    }

    @Test
    void theProducerHealthCheckReadsTheStats() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.setEnabled(true);
        // Camel keeps producer checks off unless camel.health.producersEnabled=true
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        context.getEndpoint("restlink:send?" + SIGNED_MODE).createProducer().start();
        assertThat(readiness()).singleElement().satisfies(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(r.getDetails()).containsEntry("auth.mode", "SIGNED_API_KEY");
        });
        assertThat(server.requestCount("/api/v1/sms/stats")).isPositive();

        restlink.setUnavailable(true);
        assertThat(readiness()).singleElement().satisfies(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(r.getMessage()).get().asString().contains("503");
        });
    }

    private List<HealthCheck.Result> readiness() {
        List<HealthCheck.Result> producers = new ArrayList<>();
        for (HealthCheck.Result r : HealthCheckHelper.invokeReadiness(context)) {
            if (r.getCheck().getId().startsWith("producer:restlink")) {
                producers.add(r);
            }
        }
        return producers;
    }

    @Test
    void theGeneratedCatalogDocumentsEveryOptionAndHeader() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/kopru/camel/component/restlink/restlink.json")) {
            assertThat(in).as("generated catalog JSON on the class path").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        assertThat(catalog.path("component").path("scheme").asText()).isEqualTo("restlink");
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            catalog.path(section).fields().forEachRemaining(e ->
                    assertThat(e.getValue().path("description").asText()).as(section + " " + e.getKey()).isNotBlank());
        }
        JsonNode properties = catalog.path("properties");
        for (String option : new String[] {"operation", "apiKey", "secretKey", "signRequests", "username", "password",
                "sender", "period", "baseUrl", "connectTimeout", "responseTimeout", "rateLimit"}) {
            assertThat(properties.has(option)).as("option " + option).isTrue();
        }
        for (String secret : new String[] {"apiKey", "secretKey", "username", "password"}) {
            assertThat(properties.path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(properties.path("baseUrl").path("defaultValue").asText()).isEqualTo("https://restlink23telecom.com");
        assertThat(properties.path("operation").path("enum").toString()).isEqualTo("[\"send\",\"stats\",\"login\"]");
        assertThat(properties.path("operation").path("javaType").asText()).isEqualTo(RestlinkOperation.class.getName());
        assertThat(properties.has("clock")).as("clock is a test seam, not an option").isFalse();
        assertThat(catalog.path("componentProperties").has("useGlobalSslContextParameters")).isTrue();

        List<String> headers = new ArrayList<>();
        catalog.path("headers").fields().forEachRemaining(e -> headers.add(e.getKey()));
        for (Field f : RestlinkConstants.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().equals("PROVIDER")) {
                assertThat(headers).contains((String) f.get(null));
            }
        }
        assertThat(PluginHelper.getUriFactoryResolver(context).resolveFactory("restlink", context)).isNotNull();
    }

    @Test
    void useGlobalSslContextParametersGivesEndpointsTheContextsTlsSettings() throws Exception {
        SSLContextParameters global = new SSLContextParameters();
        context.setSSLContextParameters(global);
        RestlinkComponent component = context.getComponent("restlink", RestlinkComponent.class);
        assertThat(context.getEndpoint("restlink:stats?" + API_KEY_MODE, RestlinkEndpoint.class).getConfiguration()
                .getSslContextParameters()).as("off by default").isNull();

        // as camel.component.restlink.useGlobalSslContextParameters=true does it, through the generated configurer
        PropertyBindingSupport.build().bind(context, component, "useGlobalSslContextParameters", "true");
        assertThat(component.isUseGlobalSslContextParameters()).isTrue();
        assertThat(context.getEndpoint("restlink:send?" + API_KEY_MODE, RestlinkEndpoint.class).getConfiguration()
                .getSslContextParameters()).isSameAs(global);
    }
}
