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

import io.kopru.camel.support.component.ProviderEndpoint;
import io.kopru.camel.support.webhook.WebhookSourceAllowList;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import java.util.List;

/**
 * Sends SMS and queries orders, reports, balance, senders and the blacklist through the iletiMerkezi API. The API key
 * and hash travel inside the JSON body; the route never sees them.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "iletimerkezi", title = "iletiMerkezi",
             syntax = "iletimerkezi:operation", category = { Category.MOBILE, Category.CLOUD },
             headersClass = IletimerkeziConstants.class)
public class IletimerkeziEndpoint extends ProviderEndpoint<IletimerkeziConfiguration> {

    @UriParam
    private final IletimerkeziConfiguration configuration;

    public IletimerkeziEndpoint(String uri, IletimerkeziComponent component, IletimerkeziConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public IletimerkeziConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    protected String exampleBaseUrl() {
        return IletimerkeziConfiguration.DEFAULT_BASE_URL;
    }

    /** Every operation calls the API but delivery-reports, which receives iletiMerkezi's posts. */
    @Override
    protected boolean sendsToProvider() {
        return configuration.getOperation() != IletimerkeziOperation.DELIVERY_REPORTS;
    }

    /** The consumer's path and allow-list; its token is checked when it starts (a switched-off route needs none). */
    @Override
    protected void checkOptions(List<String> problems) {
        if (sendsToProvider()) {
            return;
        }
        String path = configuration.getWebhookPath();
        if (path == null || !path.startsWith("/") || path.contains("{") || path.contains("?")) {
            problems.add("needs webhookPath, an HTTP path such as " + IletimerkeziConfiguration.DEFAULT_WEBHOOK_PATH);
        }
        try {
            WebhookSourceAllowList.parse(configuration.getWebhookAllowedSources());
        } catch (IllegalArgumentException e) {
            problems.add("webhookAllowedSources: " + e.getMessage());
        }
        if (configuration.getWebhookMaxBodySize() <= 0) {
            problems.add("webhookMaxBodySize must be positive");
        }
    }

    @Override
    public Producer createProducer() {
        if (!sendsToProvider()) {
            throw new UnsupportedOperationException("iletimerkezi:delivery-reports receives iletiMerkezi's posts;"
                                                    + " use another operation to call the API");
        }
        return new IletimerkeziProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (sendsToProvider()) {
            throw new UnsupportedOperationException("iletimerkezi:" + configuration.getOperation() + " calls the API;"
                                                    + " only iletimerkezi:delivery-reports is a consumer");
        }
        IletimerkeziDeliveryReportConsumer consumer = new IletimerkeziDeliveryReportConsumer(this, processor,
                getComponent().clock());
        configureConsumer(consumer);
        return consumer;
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
