package io.kopru.camel.component.restlink;

import io.kopru.camel.component.restlink.api.RestlinkSession;
import io.kopru.camel.support.component.ProviderComponent;
import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The restlink component: {@code restlink:operation?options}. */
@Component("restlink")
public class RestlinkComponent extends ProviderComponent<RestlinkConfiguration, RestlinkOperation> {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private RestlinkConfiguration configuration = new RestlinkConfiguration();

    public RestlinkComponent() {
        super(RestlinkConstants.PROVIDER, RestlinkOperation.class);
    }

    @Override
    protected ProviderEndpoint<RestlinkConfiguration> newEndpoint(String uri, RestlinkConfiguration configuration) {
        return new RestlinkEndpoint(uri, this, configuration);
    }

    /**
     * The session of the endpoint's account: one per base URL and credentials, shared by every endpoint that uses them,
     * so that they share one JWT, one clock correction and one record of used signatures. Its logins go through a
     * client built from the component's options.
     */
    RestlinkSession session(RestlinkEndpoint endpoint) {
        RestlinkConfiguration c = endpoint.getConfiguration();
        return session(RestlinkSession.class,
                key -> new RestlinkSession(key, c.getAuthMode() == RestlinkAuthMode.JWT ? accountHttpClient() : null, c,
                        endpoint.getBaseUrl(), clock()),
                endpoint.getBaseUrl(), c.getAuthMode().name(), c.getApiKey(), c.getSecretKey(), c.getUsername(),
                c.getPassword());
    }

    @Override
    public RestlinkConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(RestlinkConfiguration configuration) {
        this.configuration = configuration;
    }
}
