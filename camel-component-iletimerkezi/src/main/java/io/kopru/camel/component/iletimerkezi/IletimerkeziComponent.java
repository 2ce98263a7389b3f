package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.support.component.ProviderComponent;
import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The iletimerkezi component: {@code iletimerkezi:operation?options}. */
@Component("iletimerkezi")
public class IletimerkeziComponent extends ProviderComponent<IletimerkeziConfiguration, IletimerkeziOperation> {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private IletimerkeziConfiguration configuration = new IletimerkeziConfiguration();

    public IletimerkeziComponent() {
        super(IletimerkeziConstants.PROVIDER, IletimerkeziOperation.class);
    }

    @Override
    protected ProviderEndpoint<IletimerkeziConfiguration> newEndpoint(String uri,
                                                                       IletimerkeziConfiguration configuration) {
        return new IletimerkeziEndpoint(uri, this, configuration);
    }

    @Override
    public IletimerkeziConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(IletimerkeziConfiguration configuration) {
        this.configuration = configuration;
    }
}
