package io.kopru.camel.component.brokerage.api;

import io.kopru.camel.component.brokerage.BrokerageConfiguration;
import io.kopru.camel.support.auth.TokenManager;
import io.kopru.camel.support.http.ProviderHttpClient;
import org.apache.camel.CamelContext;

import java.time.Clock;
import java.time.Duration;

/**
 * The token of one Brokerage account, shared by every endpoint and route that uses the account: one authentication,
 * one refresh for all concurrent callers (single flight), fetched through an HTTP client of its own.
 */
public final class BrokerageSession implements AutoCloseable {

    private final String key;
    private final ProviderHttpClient tokenHttp;
    private final TokenManager tokens;
    private final Clock clock;

    /** @param baseUrl the checked base URL, without a trailing slash */
    public BrokerageSession(String key, CamelContext context, BrokerageConfiguration config, String baseUrl) {
        this.key = key;
        this.clock = config.getClock() != null ? config.getClock() : Clock.systemUTC();
        try {
            this.tokenHttp = ProviderHttpClient.create(BrokerageErrors.PROVIDER, context, config, null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the HTTP client of the brokerage token calls", e);
        }
        this.tokens = new TokenManager(key, new BrokerageTokenClient(tokenHttp, baseUrl, config.getApiKey(),
                config.getSecretKey(), config.isCredentialsInHeaders(), clock), config.getTokenStore(),
                Duration.ofSeconds(30), clock);
    }

    public TokenManager tokens() {
        return tokens;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        tokenHttp.close();
    }

    @Override
    public String toString() {
        return "BrokerageSession[" + key + "]";
    }
}
