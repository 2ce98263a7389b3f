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

import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Sends SMS and queries orders, reports, balance, senders and the blacklist through the iletiMerkezi API. The API key
 * and hash travel inside the JSON body; the route never sees them.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "iletimerkezi", title = "iletiMerkezi",
             syntax = "iletimerkezi:operation", producerOnly = true, category = { Category.MOBILE, Category.CLOUD },
             headersClass = IletimerkeziConstants.class)
public class IletimerkeziEndpoint extends ProviderEndpoint<IletimerkeziConfiguration> {

    @UriParam
    private final IletimerkeziConfiguration configuration;

    public IletimerkeziEndpoint(String uri, IletimerkeziComponent component, IletimerkeziConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public IletimerkeziConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    protected String exampleBaseUrl() {
        return IletimerkeziConfiguration.DEFAULT_BASE_URL;
    }

    @Override
    public Producer createProducer() {
        return new IletimerkeziProducer(this);
    }
}
