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
