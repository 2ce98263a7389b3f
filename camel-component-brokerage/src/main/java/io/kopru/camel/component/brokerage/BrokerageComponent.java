/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.component.brokerage;

import io.kopru.camel.component.brokerage.api.BrokerageSession;
import io.kopru.camel.support.component.ProviderComponent;
import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The brokerage component: {@code brokerage:call?path=/orders} and {@code brokerage:webhook}. */
@Component("brokerage")
public class BrokerageComponent extends ProviderComponent<BrokerageConfiguration, BrokerageOperation> {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private BrokerageConfiguration configuration = new BrokerageConfiguration();

    public BrokerageComponent() {
        super(BrokerageConstants.PROVIDER, BrokerageOperation.class);
    }

    @Override
    protected ProviderEndpoint<BrokerageConfiguration> newEndpoint(String uri, BrokerageConfiguration configuration) {
        return new BrokerageEndpoint(uri, this, configuration);
    }

    /**
     * The session of the endpoint's account, one per base URL and credentials: every endpoint of the account shares
     * its tokens, so concurrent callers on different endpoints still cause one token call, made through a client built
     * from the component's options.
     */
    BrokerageSession session(BrokerageEndpoint endpoint) {
        BrokerageConfiguration c = endpoint.getConfiguration();
        return session(BrokerageSession.class,
                key -> new BrokerageSession(key, accountHttpClient(c), c, endpoint.getBaseUrl(), clock()),
                endpoint.getBaseUrl(), c.getApiKey(), c.getSecretKey(), String.valueOf(c.isCredentialsInHeaders()));
    }

    @Override
    public BrokerageConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BrokerageConfiguration configuration) {
        this.configuration = configuration;
    }
}
