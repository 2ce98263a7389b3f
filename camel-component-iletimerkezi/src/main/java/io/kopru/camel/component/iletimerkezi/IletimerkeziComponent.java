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
