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

import io.kopru.camel.support.component.ProviderEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/**
 * Sends SMS and reads statistics through the Restlink SMS API, authenticating with an API key, an API key and HMAC
 * request signing, or a JWT login. Keys, signatures and tokens are handled inside the producer.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "restlink", title = "Restlink SMS", syntax = "restlink:operation",
             producerOnly = true, category = { Category.MOBILE, Category.CLOUD },
             headersClass = RestlinkConstants.class)
public class RestlinkEndpoint extends ProviderEndpoint<RestlinkConfiguration> {

    static final Set<String> PERIODS = Set.of("1d", "7d", "30d", "90d");
    private static final Logger LOG = LoggerFactory.getLogger(RestlinkEndpoint.class);

    @UriParam
    private final RestlinkConfiguration configuration;

    public RestlinkEndpoint(String uri, RestlinkComponent component, RestlinkConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public RestlinkConfiguration getConfiguration() {
        return configuration;
    }

    /** One authentication mode, with what it needs; the stats period. */
    @Override
    protected void checkOptions(List<String> problems) {
        RestlinkConfiguration c = configuration;
        boolean key = !isBlank(c.getApiKey());
        boolean login = !isBlank(c.getUsername()) || !isBlank(c.getPassword());
        if (key && login) {
            problems.add("set either apiKey (API key mode, with signRequests=true and secretKey to sign) or username"
                         + " and password (JWT mode), not both");
        } else if (login && (isBlank(c.getUsername()) || isBlank(c.getPassword()))) {
            problems.add("JWT mode needs both username and password");
        }
        if (c.isSignRequests() && isBlank(c.getSecretKey())) {
            problems.add("signRequests=true needs secretKey, the API secret shown when the key was created");
        }
        if (c.isSignRequests() && login) {
            problems.add("signRequests applies to API keys; JWT mode sends a bearer token");
        }
        if (c.getOperation() == RestlinkOperation.LOGIN && !login) {
            problems.add("the login operation is for JWT mode: set username and password");
        }
        if (c.getPeriod() != null && !PERIODS.contains(c.getPeriod())) {
            problems.add("period '" + c.getPeriod() + "' is none of 1d, 7d, 30d, 90d");
        }
        if (!c.isSignRequests() && !isBlank(c.getSecretKey()) && key) {
            LOG.warn("restlink endpoint {} has a secretKey but signRequests is false: requests are not signed",
                    getEndpointBaseUri());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    protected String exampleBaseUrl() {
        return RestlinkConfiguration.DEFAULT_BASE_URL;
    }

    @Override
    public Producer createProducer() {
        return new RestlinkProducer(this);
    }
}
