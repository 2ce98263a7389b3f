package io.kopru.camel.support.component;

import io.kopru.camel.support.health.ProviderHealthCheck;
import io.kopru.camel.support.health.ProviderHealthChecks;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpConfiguration;
import io.kopru.camel.support.log.MaskingExchangeFormatter;
import io.kopru.camel.support.ratelimit.ClientRateLimiter;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

import java.time.Duration;

/**
 * What every provider producer does around its operations: an HTTP client built from the endpoint's transport
 * options for the life of the producer, with the optional client-side rate limiter every request passes, and a producer
 * health check registered the way Camel's own producers do it.
 */
public abstract class ProviderProducer extends DefaultProducer {

    private final String provider;
    private final ProviderHttpConfiguration configuration;
    private final boolean healthCheckEnabled;
    private ProviderHttpClient http;
    private ProviderHealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    protected ProviderProducer(DefaultEndpoint endpoint, String provider, ProviderHttpConfiguration configuration,
                               boolean healthCheckEnabled) {
        super(endpoint);
        this.provider = provider;
        this.configuration = configuration;
        this.healthCheckEnabled = healthCheckEnabled;
    }

    /** A probe without side effects for the health check, or null for none. */
    protected abstract ProviderHealthCheck.Probe healthProbe();

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // a context that masks its logs gets masked traces too (Camel's tracer ignores logMask)
        MaskingExchangeFormatter.maskTracer(getEndpoint().getCamelContext());
        ClientRateLimiter limiter = configuration.getRateLimit() > 0
                ? new ClientRateLimiter(configuration.getRateLimit(), Duration.ofMillis(configuration.getRateLimitPeriod()))
                : null;
        // every request to the provider, token calls included, passes the limiter
        http = ProviderHttpClient.create(provider, getEndpoint().getCamelContext(), configuration, limiter);
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

    protected ProviderHttpClient http() {
        return http;
    }

    protected String provider() {
        return provider;
    }
}
