package io.kopru.camel.component.brokerage;

import io.kopru.camel.component.brokerage.api.BrokerageSession;
import io.kopru.camel.support.component.SharedSessions;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.util.Map;

/** The brokerage component: {@code brokerage:call?path=/orders} and {@code brokerage:webhook}. */
@Component("brokerage")
public class BrokerageComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private BrokerageConfiguration configuration = new BrokerageConfiguration();

    private final SharedSessions<BrokerageSession> sessions = new SharedSessions<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BrokerageOperation operation = BrokerageOperation.fromUriName(remaining);
        BrokerageConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(operation.uriName());
        BrokerageEndpoint endpoint = new BrokerageEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /**
     * The session of the endpoint's account, one per base URL and credentials: every endpoint of the account shares
     * its tokens, so concurrent callers on different endpoints still cause one token call.
     */
    BrokerageSession session(BrokerageEndpoint endpoint) {
        BrokerageConfiguration c = endpoint.getConfiguration();
        String key = SharedSessions.accountKey(BrokerageConstants.PROVIDER, endpoint.getBaseUrl(), c.getApiKey(),
                c.getSecretKey(), String.valueOf(c.isCredentialsInHeaders()));
        return sessions.get(key, k -> new BrokerageSession(k, getCamelContext(), c, endpoint.getBaseUrl()));
    }

    @Override
    protected void doStop() throws Exception {
        sessions.closeAll();
        super.doStop();
    }

    public BrokerageConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BrokerageConfiguration configuration) {
        this.configuration = configuration;
    }
}
