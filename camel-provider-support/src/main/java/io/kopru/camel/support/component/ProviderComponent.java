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

import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpClientFactory;
import io.kopru.camel.support.http.ProviderHttpConfiguration;
import io.kopru.camel.support.metrics.ProviderMetrics;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every provider component does: resolves the URI's operation (naming the valid ones when it is unknown), gives
 * each endpoint a copy of the component's configuration, applies the context's global TLS settings where asked, checks
 * the endpoint, and keeps the sessions shared per provider account, whose HTTP client is built from the component's
 * own options (an account is not any one endpoint's).
 *
 * @param <C> the provider's configuration
 * @param <O> the provider's operations; each one's {@code toString()} is its name in URIs
 */
public abstract class ProviderComponent<C extends ProviderConfiguration<O>, O extends Enum<O>>
        extends HealthCheckComponent implements SSLContextParametersAware {

    private final String provider;
    private final Class<O> operations;
    private final SharedSessions<AutoCloseable> sessions = new SharedSessions<>();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters (camel.ssl.*) for endpoints that set"
                            + " no sslContextParameters of their own.")
    private boolean useGlobalSslContextParameters;

    protected ProviderComponent(String provider, Class<O> operations) {
        this.provider = provider;
        this.operations = operations;
    }

    /**
     * The options every endpoint starts from. Each provider declares the {@code @Metadata} field with its own type:
     * Camel's catalog generator reads a generic field as its bound and would lose the provider's options.
     */
    public abstract C getConfiguration();

    /** Creates the provider's endpoint around its configuration. */
    protected abstract ProviderEndpoint<C> newEndpoint(String uri, C configuration);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        @SuppressWarnings("unchecked")
        C endpointConfiguration = (C) getConfiguration().copy();
        endpointConfiguration.setOperation(operation(remaining));
        ProviderEndpoint<C> endpoint = newEndpoint(uri, endpointConfiguration);
        setProperties(endpoint, parameters);
        applyGlobalSslContextParameters(endpointConfiguration);
        endpoint.validate();
        return endpoint;
    }

    /** The operation named in a URI, by its URI name ({@code send-sms}) or its constant ({@code SEND_SMS}). */
    O operation(String name) {
        for (O operation : operations.getEnumConstants()) {
            if (operation.toString().equals(name) || operation.name().equals(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown " + provider + " operation '" + name + "'. Valid operations are: "
                                           + Arrays.stream(operations.getEnumConstants()).map(Object::toString)
                                                   .collect(Collectors.joining(", ")));
    }

    private void applyGlobalSslContextParameters(ProviderHttpConfiguration target) {
        if (target.getSslContextParameters() == null && useGlobalSslContextParameters) {
            target.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
    }

    /**
     * The session of one provider account, created by {@code create} (given the account's log-safe key) the first time
     * an endpoint of the account starts, and closed when the component stops.
     *
     * @param account what tells two accounts apart (base URL, key, user name, ...); only a digest of it is kept
     */
    protected <S extends AutoCloseable> S session(Class<S> type, Function<String, S> create, String... account) {
        return type.cast(sessions.get(SharedSessions.accountKey(provider, account), create::apply));
    }

    /**
     * A client for the calls a session makes on behalf of {@code account}'s account (logins, token renewals), built
     * from the component's options: the transport, and the client-side rate limiter of the component's rateLimit
     * options, which every one of those calls passes, kept under the account's key (with a shared
     * rateLimiterFactory, the limit its endpoints' requests pass too).
     */
    protected ProviderHttpClient accountHttpClient(C account) {
        try {
            @SuppressWarnings("unchecked")
            C withTls = (C) getConfiguration().copy();
            applyGlobalSslContextParameters(withTls);
            return ProviderHttpClientFactory.createClient(getCamelContext(), provider, ProviderMetrics.ACCOUNT_OPERATION,
                    withTls, account.rateLimitKey(provider));
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the HTTP client of the " + provider + " account", e);
        }
    }

    /**
     * The clock of request timestamps and token lifetimes: a {@link Clock} bound in the registry when there is exactly
     * one (tests move time this way), else the system clock.
     */
    public Clock clock() {
        Clock bound = getCamelContext().getRegistry().findSingleByType(Clock.class);
        return bound != null ? bound : Clock.systemUTC();
    }

    @Override
    protected void doStop() throws Exception {
        sessions.closeAll();
        super.doStop();
    }

    /** The provider's name in errors and logs. */
    public String getProvider() {
        return provider;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
