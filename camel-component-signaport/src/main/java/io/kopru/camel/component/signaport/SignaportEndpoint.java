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

import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import java.util.List;

/**
 * Fetches a fresh, single-use Signaport sign token for every exchange, and reads the licence's quota. The licence key
 * and password are sent by the producer; the route receives the token.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "signaport", title = "Signaport", syntax = "signaport:operation",
             producerOnly = true, category = { Category.SECURITY, Category.CLOUD },
             headersClass = SignaportConstants.class)
public class SignaportEndpoint extends ProviderEndpoint<SignaportConfiguration> {

    @UriParam
    private final SignaportConfiguration configuration;

    public SignaportEndpoint(String uri, SignaportComponent component, SignaportConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public SignaportConfiguration getConfiguration() {
        return configuration;
    }

    /** The signature type get-token needs, and a threshold that is not negative. */
    @Override
    protected void checkOptions(List<String> problems) {
        if (configuration.getOperation() == SignaportOperation.GET_TOKEN && configuration.getSignatureType() == null) {
            problems.add("needs signatureType: MEDULA (imzaTipi 0) or IBYS (imzaTipi 1)");
        }
        if (configuration.getLowQuotaThreshold() < 0) {
            problems.add("lowQuotaThreshold must be 0 (off) or more; got " + configuration.getLowQuotaThreshold());
        }
    }

    @Override
    protected String exampleBaseUrl() {
        return SignaportConfiguration.DEFAULT_BASE_URL;
    }

    @Override
    public Producer createProducer() {
        return new SignaportProducer(this);
    }
}
