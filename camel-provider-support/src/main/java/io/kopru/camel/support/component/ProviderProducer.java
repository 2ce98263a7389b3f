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

import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.health.ProviderHealthCheck;
import io.kopru.camel.support.health.ProviderHealthChecks;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpClientFactory;
import io.kopru.camel.support.metrics.ProviderMetrics;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * What every provider producer does around its operations: an HTTP client built from the endpoint's transport
 * options for the life of the producer, with the optional client-side rate limiter every request passes, a producer
 * health check registered the way Camel's own producers do it, and the operation's metrics ({@link ProviderMetrics}:
 * its requests through the client, and the outcome of every SMS send).
 */
public abstract class ProviderProducer extends DefaultProducer {

    private final String provider;
    private final ProviderConfiguration<?> configuration;
    private final boolean healthCheckEnabled;
    private final String operation;
    private ProviderHttpClient http;
    private ProviderHealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    protected ProviderProducer(ProviderEndpoint<?> endpoint) {
        super(endpoint);
        this.provider = endpoint.getComponent().getProvider();
        this.configuration = endpoint.getConfiguration();
        this.healthCheckEnabled = endpoint.getComponent().isHealthCheckProducerEnabled();
        this.operation = String.valueOf(endpoint.getConfiguration().getOperation());
    }

    /** Runs the endpoint's operation on the exchange. */
    protected abstract void processOperation(Exchange exchange) throws Exception;

    /**
     * Whether the operation sends SMS: then every exchange is recorded as a send, its outcome read from the
     * {@link SmsSendResult} body it leaves or the {@link ProviderException} it fails with.
     */
    protected boolean isSmsSend() {
        return false;
    }

    @Override
    public final void process(Exchange exchange) throws Exception {
        if (!isSmsSend()) {
            processOperation(exchange);
            return;
        }
        ProviderMetrics metrics = http.metrics();
        try {
            processOperation(exchange);
        } catch (ProviderException e) {
            metrics.smsFailed(e);
            throw e;
        }
        Object body = exchange.getMessage().getBody();
        if (body instanceof SmsSendResult) {
            SmsSendResult result = (SmsSendResult) body;
            metrics.smsAccepted(result.getRecipientCount(), result.getSegments());
        }
    }

    /** A probe without side effects for the health check, or null for none. */
    protected abstract ProviderHealthCheck.Probe healthProbe();

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // every request of the endpoint passes its limiter; a session's token calls pass the component's
        http = ProviderHttpClientFactory.createClient(getEndpoint().getCamelContext(), provider, operation,
                configuration, rateLimitKey());
        ProviderHealthCheck.Probe probe = healthProbe();
        if (probe != null) {
            healthCheck = new ProviderHealthCheck("producer:" + provider + "-" + ((DefaultEndpoint) getEndpoint()).getId(), probe);
            healthCheckRepository = ProviderHealthChecks.register(getEndpoint().getCamelContext(), healthCheck,
                    healthCheckEnabled);
        }
    }

    @Override
    protected void doStop() throws Exception {
        ProviderHealthChecks.unregister(healthCheckRepository, healthCheck);
        healthCheck = null;
        if (http != null) {
            http.close();
            http = null;
        }
        super.doStop();
    }

    /**
     * Names the account whose limit a shared rate limiter keeps (every producer of one key shares one limit): the
     * configuration's {@link ProviderConfiguration#rateLimitKey(String)}.
     */
    protected String rateLimitKey() {
        return configuration.rateLimitKey(provider);
    }

    protected ProviderHttpClient http() {
        return http;
    }
}
