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
package io.kopru.camel.component.brokerage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerageComponentTest extends BrokerageTestSupport {

    @Test
    void anUnknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("brokerage:get?path=/orders"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown brokerage operation 'get'. Valid operations are: call, webhook");
    }

    @Test
    void aCallEndpointNeedsCredentialsAndABaseUrl() {
        BrokerageConfiguration component = context.getComponent("brokerage", BrokerageComponent.class)
                .getConfiguration();
        component.setBaseUrl(null);
        assertThatThrownBy(() -> context.getEndpoint("brokerage:call?path=/orders"))
                .hasMessageContaining("brokerage needs baseUrl");
        assertThatThrownBy(() -> context.getEndpoint("brokerage:call?path=/orders&baseUrl=https://h.example.com/api"))
                .hasMessageContaining("scheme://host[:port] with no path");
        component.setBaseUrl("https://integration.example.com");
        component.setSecretKey(null);
        assertThatThrownBy(() -> context.getEndpoint("brokerage:call?path=/orders"))
                .hasMessageContaining("needs apiKey and secretKey");
        assertThatThrownBy(() -> context.getEndpoint("brokerage:call?path=orders&secretKey=s"))
                .hasMessageContaining("must start with /");
        assertThatThrownBy(() -> context.getEndpoint("brokerage:call?path=/orders&secretKey=s&httpMethod=HEAD"))
                .hasMessageContaining("none of GET, POST, PUT, PATCH, DELETE");
    }

    @Test
    void aWebhookEndpointNeedsExactlyOneAuthenticationTypeButNoApiCredentials() {
        BrokerageConfiguration component = context.getComponent("brokerage", BrokerageComponent.class)
                .getConfiguration();
        component.setApiKey(null);
        component.setBaseUrl(null);
        assertThatThrownBy(() -> context.getEndpoint("brokerage:webhook"))
                .hasMessageContaining("either username and password (type 1, Basic) or token (type 2, Token)");
        assertThatThrownBy(() -> context.getEndpoint("brokerage:webhook?username=u&password=p&token=t"))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> context.getEndpoint("brokerage:webhook?username=u"))
                .hasMessageContaining("needs a username and a password");
        BrokerageEndpoint webhook = context.getEndpoint("brokerage:webhook?token=t", BrokerageEndpoint.class);
        assertThat(webhook.getWebhookAuthentication().getType()).isEqualTo(2);
        assertThatThrownBy(webhook::createProducer).hasMessageContaining("use brokerage:call to send");
    }

    @Test
    void aCallEndpointIsNoConsumer() {
        assertThatThrownBy(() -> context.getEndpoint("brokerage:call?path=/orders").createConsumer(e -> { }))
                .hasMessageContaining("use brokerage:webhook");
    }

    @Test
    void endpointUrisAreMasked() {
        assertThat(context.getEndpoint("brokerage:call?path=/orders").toString())
                .doesNotContain(BrokerageSimulator.API_KEY).doesNotContain(BrokerageSimulator.SECRET_KEY);
        assertThat(context.getEndpoint("brokerage:webhook?username=platform&password=hook-pass-1&token=&tokenHeader=")
                .toString()).doesNotContain("hook-pass-1");
    }

    @Test
    void theProducerHealthCheckHoldsAToken() throws Exception {
        HealthCheckRegistry.get(context).setEnabled(true);
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        context.getEndpoint("brokerage:call?path=/orders").createProducer().start();
        assertThat(readiness()).singleElement().satisfies(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(r.getDetails()).containsKey("token.expiresAt");
        });
        assertThat(brokerage.authentications()).isEqualTo(1);

        context.getComponent("brokerage", BrokerageComponent.class).getConfiguration().setSecretKey("wrong");
        context.getEndpoint("brokerage:call?path=/markets").createProducer().start();
        assertThat(readiness()).anySatisfy(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(r.getMessage()).get().asString().contains("INVALID_API_KEY");
        });
    }

    private List<HealthCheck.Result> readiness() {
        List<HealthCheck.Result> producers = new ArrayList<>();
        for (HealthCheck.Result r : HealthCheckHelper.invokeReadiness(context)) {
            if (r.getCheck().getId().startsWith("producer:brokerage")) {
                producers.add(r);
            }
        }
        return producers;
    }

    @Test
    void theGeneratedCatalogDocumentsEveryOptionAndHeader() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/io/kopru/camel/component/brokerage/brokerage.json")) {
            assertThat(in).as("generated catalog JSON on the class path").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        assertThat(catalog.path("component").path("scheme").asText()).isEqualTo("brokerage");
        assertThat(catalog.path("component").path("producerOnly").asBoolean()).isFalse();
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            catalog.path(section).fields().forEachRemaining(e ->
                    assertThat(e.getValue().path("description").asText()).as(section + " " + e.getKey()).isNotBlank());
        }
        JsonNode properties = catalog.path("properties");
        for (String option : new String[] {"operation", "apiKey", "secretKey", "baseUrl", "path", "httpMethod",
                "credentialsInHeaders", "webhookPath", "username", "password", "token", "tokenStore"}) {
            assertThat(properties.has(option)).as("option " + option).isTrue();
        }
        assertThat(properties.has("clock")).as("clock is a test seam, not an option").isFalse();
        assertThat(properties.path("operation").path("javaType").asText())
                .isEqualTo(BrokerageOperation.class.getName());
        assertThat(properties.path("operation").path("enum").toString()).isEqualTo("[\"call\",\"webhook\"]");
        for (String secret : new String[] {"apiKey", "secretKey", "username", "password", "token"}) {
            assertThat(properties.path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(properties.path("baseUrl").path("required").asBoolean()).isTrue();
        assertThat(properties.path("baseUrl").has("defaultValue")).isFalse();

        List<String> headers = new ArrayList<>();
        catalog.path("headers").fields().forEachRemaining(e -> headers.add(e.getKey()));
        for (Field f : BrokerageConstants.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().equals("PROVIDER")) {
                assertThat(headers).contains((String) f.get(null));
            }
        }
        assertThat(headers).contains("CamelBrokeragePath", "CamelHttpMethod");
        assertThat(PluginHelper.getUriFactoryResolver(context).resolveFactory("brokerage", context)).isNotNull();
    }
}
