package io.kopru.camel.component.mobildev;

import io.kopru.camel.support.auth.InMemoryTokenStore;
import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.signing.SkewCorrectedClock;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The mobildev component: {@code mobildev:operation?options}. */
@Component("mobildev")
public class MobildevComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private MobildevConfiguration configuration = new MobildevConfiguration();

    /**
     * The store of endpoints that name none: one per component, so that the state authorize-url remembers and the
     * token exchange-code keeps are seen by every endpoint of the component.
     */
    private final TokenStore defaultTokenStore = new InMemoryTokenStore();

    /** One clock correction per Mobildev address and base clock, shared by every endpoint that signs with them. */
    private final Map<String, SkewCorrectedClock> signingClocks = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MobildevOperation operation = MobildevOperation.fromUriName(remaining);
        MobildevConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(operation.uriName());
        MobildevEndpoint endpoint = new MobildevEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    public MobildevConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MobildevConfiguration configuration) {
        this.configuration = configuration;
    }

    TokenStore defaultTokenStore() {
        return defaultTokenStore;
    }

    /**
     * The clock signed requests to {@code baseUrl} take their timestamps from: {@code base}, plus the offset learnt
     * from Mobildev's {@code Date} header, so that a correction made by one endpoint serves all.
     */
    SkewCorrectedClock signingClock(String baseUrl, Clock base) {
        return signingClocks.computeIfAbsent(baseUrl + " " + System.identityHashCode(base),
                k -> new SkewCorrectedClock(base));
    }
}
