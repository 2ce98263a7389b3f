package io.kopru.camel.component.iletimerkezi;

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
 * Sends SMS and queries orders, reports, balance, senders and the blacklist through the iletiMerkezi API. The API key
 * and hash travel inside the JSON body; the route never sees them.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "iletimerkezi", title = "iletiMerkezi",
             syntax = "iletimerkezi:operation", producerOnly = true, category = { Category.MOBILE, Category.CLOUD },
             headersClass = IletimerkeziConstants.class)
public class IletimerkeziEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriParam
    private IletimerkeziConfiguration configuration;

    public IletimerkeziEndpoint(String uri, IletimerkeziComponent component, IletimerkeziConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Refuses, at endpoint creation, what could never work: missing credentials, a base URL with a path. */
    void validate() {
        if (isBlank(configuration.getApiKey()) || isBlank(configuration.getSecretKey())) {
            throw new IllegalArgumentException("iletimerkezi needs apiKey and secretKey (the panel's API Key and API"
                                               + " Hash), on the endpoint or the component");
        }
        BaseUrls.check("iletimerkezi", configuration.getBaseUrl(), IletimerkeziConfiguration.DEFAULT_BASE_URL);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Producer createProducer() {
        return new IletimerkeziProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("iletimerkezi is a producer only; delivery reports are fetched with"
                                                + " the get-report operation");
    }

    @Override
    public IletimerkeziComponent getComponent() {
        return (IletimerkeziComponent) super.getComponent();
    }

    public IletimerkeziConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(IletimerkeziConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return null;
    }
}
