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
package io.kopru.camel.support.component;

import io.kopru.camel.support.http.BaseUrls;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.support.DefaultEndpoint;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every provider endpoint does: refuse at creation what could never work (missing credentials, a base URL that is
 * not {@code https://host[:port]}, or plain http to anything but loopback, the provider's own checks), all problems in
 * one message, and tell Camel where it sends (the service URL and its protocol, read from the URL).
 *
 * @param <C> the provider's configuration
 */
public abstract class ProviderEndpoint<C extends ProviderConfiguration<?>> extends DefaultEndpoint
        implements EndpointServiceLocation {

    private String baseUrl;

    protected ProviderEndpoint(String uri, ProviderComponent<C, ?> component) {
        super(uri, component);
    }

    /**
     * The endpoint's options. Each provider declares the {@code @UriParam} field with its own type: Camel's catalog
     * generator reads a generic field as its bound and would lose the provider's options.
     */
    public abstract C getConfiguration();

    /** Called by the component once the endpoint's options are set. */
    void validate() {
        List<String> problems = new ArrayList<>();
        if (sendsToProvider()) {
            List<String> missing = getConfiguration().missingCredentials();
            if (!missing.isEmpty()) {
                problems.add("needs " + String.join(" and ", missing) + ", on the endpoint or the component");
            }
        }
        checkOptions(problems);
        if (sendsToProvider()) {
            try {
                baseUrl = BaseUrls.check(getComponent().getProvider(), getConfiguration().getBaseUrl(), exampleBaseUrl());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(getComponent().getProvider() + ":" + getConfiguration().getOperation()
                                               + ": " + String.join("; ", problems));
        }
    }

    /** Adds what is wrong with the provider's own options to {@code problems}; nothing by default. */
    protected void checkOptions(List<String> problems) {
    }

    /** Whether this endpoint calls the provider (and so needs credentials and a base URL); a consumer may not. */
    protected boolean sendsToProvider() {
        return true;
    }

    /** A correct base URL for error messages, e.g. the production address. */
    protected abstract String exampleBaseUrl();

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        throw new UnsupportedOperationException(getComponent().getProvider() + " is a producer only");
    }

    @Override
    @SuppressWarnings("unchecked")
    public ProviderComponent<C, ?> getComponent() {
        return (ProviderComponent<C, ?>) super.getComponent();
    }

    /** The checked base URL, without a trailing slash; null before the endpoint is validated. */
    public String getBaseUrl() {
        return baseUrl;
    }

    @Override
    public String getServiceUrl() {
        return baseUrl != null ? baseUrl : getConfiguration().getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        String url = getServiceUrl();
        return url == null ? null : URI.create(url).getScheme();
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return null;
    }
}
