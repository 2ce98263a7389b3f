package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Sends SMS and queries orders, reports, balance, senders and the blacklist through the iletiMerkezi API. The API key
 * and hash travel inside the JSON body; the route never sees them.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "iletimerkezi", title = "iletiMerkezi",
             syntax = "iletimerkezi:operation", producerOnly = true, category = { Category.MOBILE, Category.CLOUD },
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

    @Override
    public Producer createProducer() {
        return new IletimerkeziProducer(this);
    }
}
