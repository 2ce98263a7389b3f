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

import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import java.util.List;

/**
 * Calls the Brokerage Integration API with the access token obtained, refreshed and renewed inside the producer
 * ({@code call}), and receives the platform's webhook calls on camel-platform-http, letting through only those that
 * carry the configured Basic or Token credentials ({@code webhook}).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "brokerage", title = "Brokerage Integration API",
             syntax = "brokerage:operation", category = { Category.CLOUD, Category.API },
             headersClass = BrokerageConstants.class)
public class BrokerageEndpoint extends ProviderEndpoint<BrokerageConfiguration> {

    static final String EXAMPLE_BASE_URL = "https://integration.example.com";

    @UriParam
    private final BrokerageConfiguration configuration;
    private BrokerageWebhookAuthentication webhookAuthentication;

    public BrokerageEndpoint(String uri, BrokerageComponent component, BrokerageConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public BrokerageConfiguration getConfiguration() {
        return configuration;
    }

    /** Only call sends to the platform; webhook receives from it. */
    @Override
    protected boolean sendsToProvider() {
        return configuration.getOperation() == BrokerageOperation.CALL;
    }

    /** A call's path and method; a webhook's credentials and path. */
    @Override
    protected void checkOptions(List<String> problems) {
        BrokerageConfiguration c = configuration;
        if (sendsToProvider()) {
            if (c.getPath() != null) {
                BrokeragePaths.check(c.getPath());
            }
            BrokeragePaths.method(c.getHttpMethod());
        } else {
            webhookAuthentication = BrokerageWebhookAuthentication.of(c);
            if (c.getWebhookPath() == null || !c.getWebhookPath().startsWith("/")) {
                problems.add("needs webhookPath, an HTTP path such as " + BrokerageConfiguration.DEFAULT_WEBHOOK_PATH);
            }
        }
    }

    @Override
    protected String exampleBaseUrl() {
        return EXAMPLE_BASE_URL;
    }

    @Override
    public Producer createProducer() {
        if (configuration.getOperation() != BrokerageOperation.CALL) {
            throw new UnsupportedOperationException("brokerage:webhook receives calls; use brokerage:call to send");
        }
        return new BrokerageProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() != BrokerageOperation.WEBHOOK) {
            throw new UnsupportedOperationException("brokerage:call sends calls; use brokerage:webhook to receive the"
                                                    + " platform's webhook calls");
        }
        BrokerageWebhookConsumer consumer = new BrokerageWebhookConsumer(this, processor, webhookAuthentication);
        configureConsumer(consumer);
        return consumer;
    }

    /** What the webhook consumer checks, and what to register the webhook with. */
    public BrokerageWebhookAuthentication getWebhookAuthentication() {
        return webhookAuthentication;
    }

    @Override
    public String getServiceUrl() {
        return sendsToProvider() ? super.getServiceUrl() : configuration.getWebhookPath();
    }

    @Override
    public String getServiceProtocol() {
        return sendsToProvider() ? super.getServiceProtocol() : "http";
    }
}
