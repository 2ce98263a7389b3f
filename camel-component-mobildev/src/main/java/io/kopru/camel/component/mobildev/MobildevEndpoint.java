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

import io.kopru.camel.component.mobildev.api.MobildevKeyExpiry;
import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Sends transactional SMS signed with an API key and HMAC, and campaign SMS under a person's OAuth2 consent, through
 * the Mobildev SMS API, in XML or JSON; reads their delivery reports. Signing, nonces, clock correction, the consent
 * flow and its tokens are handled inside the producer.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "mobildev", title = "Mobildev", syntax = "mobildev:operation",
             producerOnly = true, category = { Category.MOBILE, Category.CLOUD }, headersClass = MobildevConstants.class)
public class MobildevEndpoint extends ProviderEndpoint<MobildevConfiguration> {

    @UriParam
    private final MobildevConfiguration configuration;

    private Instant apiKeyValidUntil;

    public MobildevEndpoint(String uri, MobildevComponent component, MobildevConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public MobildevConfiguration getConfiguration() {
        return configuration;
    }

    /** The redirect URI, the key's expiry and its warning days. */
    @Override
    protected void checkOptions(List<String> problems) {
        MobildevOperation operation = configuration.getOperation();
        if (operation == MobildevOperation.CANCEL && !configuration.isClassic()) {
            problems.add("cancel exists only in the classic XML API (Action 6): set api=classic");
        }
        if ((operation == MobildevOperation.CAMPAIGN_SEND || operation == MobildevOperation.CAMPAIGN_STATUS)
            && configuration.isClassic()) {
            problems.add(operation + " is the integrator API's OAuth2 campaign; with api=classic, send a"
                         + " list of messages to mobildev:send (Action 1) and read it with mobildev:status");
        }
        if (configuration.getApi() == null) {
            problems.add("api must be integrator or classic");
        } else if (configuration.isClassic() && configuration.isJson()) {
            problems.add("the classic API takes XML only: format=json needs api=integrator");
        }
        if (configuration.getRedirectUri() != null && !isAbsoluteUri(configuration.getRedirectUri())) {
            problems.add("redirectUri must be an absolute URI as registered in the panel: "
                         + configuration.getRedirectUri());
        }
        if (configuration.getApiKeyExpiryWarningDays() < 0) {
            problems.add("apiKeyExpiryWarningDays cannot be negative");
        }
        try {
            apiKeyValidUntil = MobildevKeyExpiry.parse(configuration.getApiKeyValidUntil());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }

    @Override
    protected String exampleBaseUrl() {
        return MobildevConfiguration.DEFAULT_BASE_URL;
    }

    private static boolean isAbsoluteUri(String uri) {
        try {
            URI u = URI.create(uri);
            return u.isAbsolute() && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Producer createProducer() {
        return new MobildevProducer(this);
    }

    /** The parsed apiKeyValidUntil, or null. */
    Instant apiKeyValidUntil() {
        return apiKeyValidUntil;
    }

    /** The configured store, or the component's shared in-memory one. */
    TokenStore tokenStore() {
        return configuration.getTokenStore() != null ? configuration.getTokenStore()
                : ((MobildevComponent) getComponent()).defaultTokenStore();
    }
}
