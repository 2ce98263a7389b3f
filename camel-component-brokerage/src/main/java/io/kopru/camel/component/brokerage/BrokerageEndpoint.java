package io.kopru.camel.component.brokerage;

import io.kopru.camel.support.http.BaseUrls;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

import java.util.Map;

/**
 * Calls the Brokerage Integration API with the access token obtained, refreshed and renewed inside the producer
 * ({@code call}), and receives the platform's webhook calls on camel-platform-http, letting through only those that
 * carry the configured Basic or Token credentials ({@code webhook}).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "brokerage", title = "Brokerage Integration API",
             syntax = "brokerage:operation", category = { Category.CLOUD, Category.API },
             headersClass = BrokerageConstants.class)
public class BrokerageEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    static final String EXAMPLE_BASE_URL = "https://integration.example.com";

    @UriParam
    private BrokerageConfiguration configuration;
    private String baseUrl;
    private BrokerageWebhookAuthentication webhookAuthentication;

    public BrokerageEndpoint(String uri, BrokerageComponent component, BrokerageConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Refuses, at endpoint creation, what could never work. */
    void validate() {
        BrokerageConfiguration c = configuration;
        if (c.getOperationValue() == BrokerageOperation.CALL) {
            if (isBlank(c.getApiKey()) || isBlank(c.getSecretKey())) {
                throw new IllegalArgumentException("brokerage:call needs apiKey and secretKey (the API Key and Secret"
                                                   + " Key from the Brokerage platform), on the endpoint or the"
                                                   + " component");
            }
            baseUrl = BaseUrls.check(BrokerageConstants.PROVIDER, c.getBaseUrl(), EXAMPLE_BASE_URL);
            if (c.getPath() != null) {
                BrokeragePaths.check(c.getPath());
            }
            BrokeragePaths.method(c.getHttpMethod());
        } else {
            webhookAuthentication = BrokerageWebhookAuthentication.of(c);
            if (isBlank(c.getWebhookPath()) || !c.getWebhookPath().startsWith("/")) {
                throw new IllegalArgumentException("brokerage:webhook needs webhookPath, an HTTP path such as "
                                                   + BrokerageConfiguration.DEFAULT_WEBHOOK_PATH);
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Producer createProducer() {
        if (configuration.getOperationValue() != BrokerageOperation.CALL) {
            throw new UnsupportedOperationException("brokerage:webhook receives calls; use brokerage:call to send");
        }
        return new BrokerageProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperationValue() != BrokerageOperation.WEBHOOK) {
            throw new UnsupportedOperationException("brokerage:call sends calls; use brokerage:webhook to receive the"
                                                    + " platform's webhook calls");
        }
        BrokerageWebhookConsumer consumer = new BrokerageWebhookConsumer(this, processor, webhookAuthentication);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public BrokerageComponent getComponent() {
        return (BrokerageComponent) super.getComponent();
    }

    public BrokerageConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BrokerageConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The checked base URL of a call endpoint, without a trailing slash. */
    String getBaseUrl() {
        return baseUrl;
    }

    /** What the webhook consumer checks, and what to register the webhook with. */
    public BrokerageWebhookAuthentication getWebhookAuthentication() {
        return webhookAuthentication;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getOperationValue() == BrokerageOperation.CALL ? baseUrl : configuration.getWebhookPath();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return null;
    }
}
