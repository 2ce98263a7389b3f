package io.kopru.camel.component.signaport;

import io.kopru.camel.support.component.ProviderComponent;
import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The signaport component: {@code signaport:operation?options}. */
@Component("signaport")
public class SignaportComponent extends ProviderComponent<SignaportConfiguration, SignaportOperation> {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private SignaportConfiguration configuration = new SignaportConfiguration();

    public SignaportComponent() {
        super(SignaportConstants.PROVIDER, SignaportOperation.class);
    }

    @Override
    protected ProviderEndpoint<SignaportConfiguration> newEndpoint(String uri, SignaportConfiguration configuration) {
        return new SignaportEndpoint(uri, this, configuration);
    }

    @Override
    public SignaportConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SignaportConfiguration configuration) {
        this.configuration = configuration;
    }
}
