package io.kopru.camel.component.signaport;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.util.Map;

/** The signaport component: {@code signaport:operation?options}. */
@Component("signaport")
public class SignaportComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private SignaportConfiguration configuration = new SignaportConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SignaportOperation operation = SignaportOperation.fromUriName(remaining);
        SignaportConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(operation.uriName());
        SignaportEndpoint endpoint = new SignaportEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    public SignaportConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SignaportConfiguration configuration) {
        this.configuration = configuration;
    }
}
