package io.kopru.camel.component.iletimerkezi;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.util.Map;

/** The iletimerkezi component: {@code iletimerkezi:operation?options}. */
@Component("iletimerkezi")
public class IletimerkeziComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private IletimerkeziConfiguration configuration = new IletimerkeziConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        IletimerkeziOperation operation = IletimerkeziOperation.fromUriName(remaining);
        IletimerkeziConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(operation.uriName());
        IletimerkeziEndpoint endpoint = new IletimerkeziEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    public IletimerkeziConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(IletimerkeziConfiguration configuration) {
        this.configuration = configuration;
    }
}
