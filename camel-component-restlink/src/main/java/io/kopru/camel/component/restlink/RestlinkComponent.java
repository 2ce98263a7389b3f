package io.kopru.camel.component.restlink;

import io.kopru.camel.component.restlink.api.RestlinkSession;
import io.kopru.camel.support.component.SharedSessions;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.util.Map;

/** The restlink component: {@code restlink:operation?options}. */
@Component("restlink")
public class RestlinkComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private RestlinkConfiguration configuration = new RestlinkConfiguration();

    private final SharedSessions<RestlinkSession> sessions = new SharedSessions<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        RestlinkOperation operation = RestlinkOperation.fromUriName(remaining);
        RestlinkConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(operation.uriName());
        RestlinkEndpoint endpoint = new RestlinkEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /**
     * The session of the endpoint's account: one per base URL and credentials, shared by every endpoint that uses them,
     * so that they share one JWT, one clock correction and one record of used signatures.
     */
    RestlinkSession session(RestlinkEndpoint endpoint) {
        RestlinkConfiguration c = endpoint.getConfiguration();
        String key = SharedSessions.accountKey(RestlinkConstants.PROVIDER, endpoint.getBaseUrl(),
                c.getAuthMode().name(), c.getApiKey(), c.getSecretKey(), c.getUsername(), c.getPassword());
        return sessions.get(key, k -> new RestlinkSession(k, getCamelContext(), c, endpoint.getBaseUrl()));
    }

    @Override
    protected void doStop() throws Exception {
        sessions.closeAll();
        super.doStop();
    }

    public RestlinkConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(RestlinkConfiguration configuration) {
        this.configuration = configuration;
    }
}
