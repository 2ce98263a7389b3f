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
                key -> new RestlinkSession(key, c.getAuthMode() == RestlinkAuthMode.JWT ? accountHttpClient(c) : null, c,
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
