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
package io.kopru.camel.component.restlink.api;

import io.kopru.camel.component.restlink.RestlinkAuthMode;
import io.kopru.camel.component.restlink.RestlinkConfiguration;
import io.kopru.camel.support.auth.TokenManager;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.signing.SkewCorrectedClock;
import io.kopru.camel.support.signing.UniqueSignatureTimestamps;

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

    /**
     * @param loginHttp the client of the JWT logins (null in API key modes), closed with the session; built from the
     *                  component's options, so its rate limiter is the account's
     * @param baseUrl   the checked base URL, without a trailing slash
     */
    public RestlinkSession(String key, ProviderHttpClient loginHttp, RestlinkConfiguration config, String baseUrl,
                           Clock base) {
        this.key = key;
        this.clock = new SkewCorrectedClock(base);
        this.timestamps = new UniqueSignatureTimestamps(RestlinkErrors.PROVIDER, SIGNATURE_WINDOW);
        this.loginHttp = loginHttp;
        this.tokens = config.getAuthMode() == RestlinkAuthMode.JWT
                ? new TokenManager(key, new RestlinkLogin(loginHttp, baseUrl, config.getUsername(),
                        config.getPassword(), clock), null, Duration.ofSeconds(30), clock, loginHttp.metrics())
                : null;
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
