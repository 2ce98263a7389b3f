package io.kopru.camel.component.restlink.api;

import io.kopru.camel.component.restlink.RestlinkAuthMode;
import io.kopru.camel.component.restlink.RestlinkConfiguration;
import io.kopru.camel.support.auth.TokenManager;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.signing.SkewCorrectedClock;
import io.kopru.camel.support.signing.UniqueSignatureTimestamps;
import org.apache.camel.CamelContext;

import java.time.Clock;
import java.time.Duration;

/**
 * What every endpoint of one Restlink account shares, so that two endpoints never undo each other: the clock and its
 * correction from the server's {@code Date}, the timestamp + signature pairs already used (signed mode), and the JWT
 * with its single-flight renewal (JWT mode), fetched through a client of its own.
 */
public final class RestlinkSession implements AutoCloseable {

    /** The documents' timestamp tolerance, and so how long the API remembers a pair. */
    public static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(5);

    private final String key;
    private final SkewCorrectedClock clock;
    private final UniqueSignatureTimestamps timestamps;
    private final ProviderHttpClient loginHttp;
    private final TokenManager tokens;

    public RestlinkSession(String key, CamelContext context, RestlinkConfiguration config, String baseUrl) {
        this.key = key;
        Clock base = config.getClock() != null ? config.getClock() : Clock.systemUTC();
        this.clock = new SkewCorrectedClock(base);
        this.timestamps = new UniqueSignatureTimestamps(RestlinkErrors.PROVIDER, SIGNATURE_WINDOW);
        if (config.getAuthMode() == RestlinkAuthMode.JWT) {
            try {
                this.loginHttp = ProviderHttpClient.create(RestlinkErrors.PROVIDER, context, config, null);
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the HTTP client of the restlink login", e);
            }
            this.tokens = new TokenManager(key, new RestlinkLogin(loginHttp, baseUrl, config.getUsername(),
                    config.getPassword(), clock), null, Duration.ofSeconds(30), clock);
        } else {
            this.loginHttp = null;
            this.tokens = null;
        }
    }

    public String key() {
        return key;
    }

    public SkewCorrectedClock clock() {
        return clock;
    }

    public UniqueSignatureTimestamps timestamps() {
        return timestamps;
    }

    /** The JWT of the account; null unless in JWT mode. */
    public TokenManager tokens() {
        return tokens;
    }

    @Override
    public void close() {
        if (loginHttp != null) {
            loginHttp.close();
        }
    }

    @Override
    public String toString() {
        return "RestlinkSession[" + key + "]";
    }
}
