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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.component.mobildev.api.MobildevSession;
import io.kopru.camel.support.auth.InMemoryTokenStore;
import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.component.ProviderComponent;
import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The mobildev component: {@code mobildev:operation?options}. */
@Component("mobildev")
public class MobildevComponent extends ProviderComponent<MobildevConfiguration, MobildevOperation> {

    @Metadata(description = "Options shared by every endpoint of this component; each endpoint starts from a copy.")
    private MobildevConfiguration configuration = new MobildevConfiguration();

    /**
     * The store of endpoints that name none: one per component, so that the state authorize-url remembers and the
     * token exchange-code keeps are seen by every endpoint of the component.
     */
    private final TokenStore defaultTokenStore = new InMemoryTokenStore();

    public MobildevComponent() {
        super(MobildevConstants.PROVIDER, MobildevOperation.class);
    }

    @Override
    protected ProviderEndpoint<MobildevConfiguration> newEndpoint(String uri, MobildevConfiguration configuration) {
        return new MobildevEndpoint(uri, this, configuration);
    }

    TokenStore defaultTokenStore() {
        return defaultTokenStore;
    }

    /**
     * The session of the Mobildev address the endpoint signs for: its clock correction, learnt from Mobildev's
     * {@code Date} header, serves every endpoint of the address.
     */
    MobildevSession session(MobildevEndpoint endpoint) {
        return session(MobildevSession.class, key -> new MobildevSession(key, clock()), endpoint.getBaseUrl());
    }

    @Override
    public MobildevConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MobildevConfiguration configuration) {
        this.configuration = configuration;
    }
}
