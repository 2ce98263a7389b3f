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
package io.kopru.camel.component.brokerage.api;

import io.kopru.camel.component.brokerage.BrokerageConfiguration;
import io.kopru.camel.support.auth.TokenManager;
import io.kopru.camel.support.http.ProviderHttpClient;

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

    /**
     * @param tokenHttp the client of the token calls, closed with the session; built from the component's options, so
     *                  its rate limiter is the account's
     * @param baseUrl   the checked base URL, without a trailing slash
     */
    public BrokerageSession(String key, ProviderHttpClient tokenHttp, BrokerageConfiguration config, String baseUrl,
                            Clock clock) {
        this.key = key;
        this.clock = clock;
        this.tokenHttp = tokenHttp;
        this.tokens = new TokenManager(key, new BrokerageTokenClient(tokenHttp, baseUrl, config.getApiKey(),
                config.getSecretKey(), config.isCredentialsInHeaders(), clock), config.getTokenStore(),
                Duration.ofSeconds(30), clock, tokenHttp.metrics());
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
