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
package io.kopru.camel.support.component;

import org.apache.camel.CamelContext;
import org.apache.camel.Producer;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link ProviderComponent} and {@link ProviderEndpoint} do for every provider, shown on a minimal one. */
class ProviderComponentTest {

    enum Op {
        SEND_SMS, GET_REPORT;

        @Override
        public String toString() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public static class TestConfiguration extends ProviderConfiguration<Op> {
        private Op operation;
        private String apiKey;
        private String baseUrl = "https://api.example.com";

        @Override
        public Op getOperation() {
            return operation;
        }

        @Override
        public void setOperation(Op operation) {
            this.operation = operation;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        @Override
        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        protected String account() {
            return apiKey;
        }

        @Override
        protected List<String> missingCredentials() {
            List<String> missing = new ArrayList<>();
            require(missing, apiKey, "apiKey");
            return missing;
        }
    }

    static class TestEndpoint extends ProviderEndpoint<TestConfiguration> {
        private final TestConfiguration configuration;

        TestEndpoint(String uri, TestComponent component, TestConfiguration configuration) {
            super(uri, component);
            this.configuration = configuration;
        }

        @Override
        public TestConfiguration getConfiguration() {
            return configuration;
        }

        // no generated configurer here: Camel binds URI options by reflection, on the endpoint
        public void setApiKey(String apiKey) {
            configuration.setApiKey(apiKey);
        }

        public void setBaseUrl(String baseUrl) {
            configuration.setBaseUrl(baseUrl);
        }

        public void setSslContextParameters(SSLContextParameters parameters) {
            configuration.setSslContextParameters(parameters);
        }

        @Override
        protected String exampleBaseUrl() {
            return "https://api.example.com";
        }

        @Override
        public Producer createProducer() {
            throw new UnsupportedOperationException();
        }
    }

    static class TestComponent extends ProviderComponent<TestConfiguration, Op> {
        private final TestConfiguration configuration = new TestConfiguration();

        TestComponent() {
            super("test", Op.class);
        }

        @Override
        protected ProviderEndpoint<TestConfiguration> newEndpoint(String uri, TestConfiguration configuration) {
            return new TestEndpoint(uri, this, configuration);
        }

        @Override
        public TestConfiguration getConfiguration() {
            return configuration;
        }
    }

    private CamelContext context;
    private TestComponent component;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        component = new TestComponent();
        component.getConfiguration().setApiKey("k");
        context.addComponent("test", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theOperationIsResolvedByItsUriNameOrItsConstant() {
        assertThat(context.getEndpoint("test:send-sms", TestEndpoint.class).getConfiguration().getOperation())
                .isEqualTo(Op.SEND_SMS);
        assertThat(context.getEndpoint("test:GET_REPORT", TestEndpoint.class).getConfiguration().getOperation())
                .isEqualTo(Op.GET_REPORT);
    }

    @Test
    void anUnknownOperationFailsAtCreationNamingTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("test:send-mms"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown test operation 'send-mms'. Valid operations are: send-sms, get-report");
    }

    @Test
    void eachEndpointStartsFromACopyOfTheComponentsOptions() {
        TestEndpoint endpoint = context.getEndpoint("test:send-sms?apiKey=other", TestEndpoint.class);
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("other");
        assertThat(component.getConfiguration().getApiKey()).isEqualTo("k");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        component.getConfiguration().setApiKey(null);
        assertThatThrownBy(() -> context.getEndpoint("test:send-sms?baseUrl=http://api.example.com"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("test:send-sms: needs apiKey, on the endpoint or the component")
                .hasMessageContaining("baseUrl must use https");
    }

    @Test
    void theServiceLocationTakesItsProtocolFromTheUrl() {
        TestEndpoint https = context.getEndpoint("test:send-sms", TestEndpoint.class);
        assertThat(https.getServiceUrl()).isEqualTo("https://api.example.com");
        assertThat(https.getServiceProtocol()).isEqualTo("https");
        TestEndpoint loopback = context.getEndpoint("test:get-report?baseUrl=http://127.0.0.1:8080/",
                TestEndpoint.class);
        assertThat(loopback.getServiceUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(loopback.getServiceProtocol()).isEqualTo("http");
    }

    @Test
    void useGlobalSslContextParametersTakesTheContextsOnes() {
        SSLContextParameters global = new SSLContextParameters();
        context.setSSLContextParameters(global);
        assertThat(context.getEndpoint("test:send-sms", TestEndpoint.class).getConfiguration()
                .getSslContextParameters()).as("off by default").isNull();

        component.setUseGlobalSslContextParameters(true);
        assertThat(context.getEndpoint("test:get-report", TestEndpoint.class).getConfiguration()
                .getSslContextParameters()).isSameAs(global);

        SSLContextParameters own = new SSLContextParameters();
        context.getRegistry().bind("own", own);
        assertThat(context.getEndpoint("test:send-sms?sslContextParameters=#own", TestEndpoint.class)
                .getConfiguration().getSslContextParameters()).as("an endpoint's own wins").isSameAs(own);
    }

    @Test
    void theClockIsTheOneBoundInTheRegistryElseTheSystems() {
        assertThat(component.clock()).isEqualTo(Clock.systemUTC());
        Clock fixed = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        context.getRegistry().bind("clock", fixed);
        assertThat(component.clock()).isSameAs(fixed);
    }
}
