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
package io.kopru.camel.support.http;

import io.kopru.camel.support.metrics.ProviderMetrics;
import io.kopru.camel.support.ratelimit.ClientRateLimiter;
import io.kopru.camel.support.ratelimit.RateLimiter;
import io.kopru.camel.support.ratelimit.RateLimiterFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.time.Duration;

/**
 * Builds the Apache HttpClient 5 a provider endpoint talks through. What it changes from HttpClient's defaults, and
 * why:
 * <ul>
 * <li><b>No automatic retries.</b> The default strategy repeats a request after an I/O error and, for 429 and 503,
 * after sleeping {@code Retry-After}. A repeated signed request re-uses its nonce and is refused as a replay; a
 * repeated send can deliver an SMS twice. Every failure surfaces, typed, to the route, which decides.</li>
 * <li><b>No redirects.</b> Following one would re-send a signed body to another address.</li>
 * <li><b>No cookies, no auth cache.</b> Authentication is the component's job.</li>
 * <li><b>No wire or header log</b> (see {@link QuietConnectionFactory}).</li>
 * </ul>
 * Timeouts, proxy, TLS ({@code sslContextParameters}, else the JVM's default) and a camel-http
 * {@code HttpClientConfigurer} come from the endpoint's {@link ProviderHttpConfiguration}.
 */
public final class ProviderHttpClientFactory {

    static final String USER_AGENT = userAgent();

    private ProviderHttpClientFactory() {
    }

    /**
     * The client of one producer or account session: the transport of {@code config}, its answer bounds
     * ({@code maxResponseSize}, {@code connectTimeout + responseTimeout} in all), and its client-side rate limiter
     * when {@code rateLimit} is on: the shared one of {@code rateLimiterFactory} (every node of a cluster keeps one
     * limit per {@code rateLimitKey}), else one in this JVM.
     */
    public static ProviderHttpClient createClient(CamelContext context, String provider,
                                                  ProviderHttpConfiguration config, String rateLimitKey) throws Exception {
        return createClient(context, provider, null, config, rateLimitKey);
    }

    /**
     * As {@link #createClient(CamelContext, String, ProviderHttpConfiguration, String)}, recording its requests, 429s
     * and limiter waits under {@code operation} in the context's meter registry, when it has one
     * ({@link ProviderMetrics}).
     */
    public static ProviderHttpClient createClient(CamelContext context, String provider, String operation,
                                                  ProviderHttpConfiguration config, String rateLimitKey) throws Exception {
        RateLimiter limiter = null;
        if (config.getRateLimit() > 0) {
            Duration period = Duration.ofMillis(config.getRateLimitPeriod());
            RateLimiterFactory shared = config.getRateLimiterFactory();
            limiter = shared == null ? new ClientRateLimiter(config.getRateLimit(), period)
                    : shared.create(rateLimitKey, config.getRateLimit(), period);
        }
        return new ProviderHttpClient(provider, create(context, config), limiter,
                Duration.ofMillis(config.getRateLimitMaxWait()), config.getMaxResponseSize(),
                Duration.ofMillis((long) config.getConnectTimeout() + config.getResponseTimeout()),
                ProviderMetrics.of(context, provider, operation));
    }

    public static CloseableHttpClient create(CamelContext context, ProviderHttpConfiguration config) throws Exception {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(new QuietConnectionFactory())
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext(context, config)))
                .setMaxConnTotal(config.getMaxConnections())
                .setMaxConnPerRoute(config.getMaxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(config.getConnectTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(config.getResponseTimeout()))
                        // a pooled connection the server has closed would fail the next request ambiguously
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();

        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(config.getConnectTimeout()))
                        .setResponseTimeout(Timeout.ofMilliseconds(config.getResponseTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(USER_AGENT);

        if (config.getProxyHost() != null) {
            int port = config.getProxyPort() != null ? config.getProxyPort() : 8080;
            builder.setProxy(new HttpHost(config.getProxyScheme(), config.getProxyHost(), port));
            if (config.getProxyAuthUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                String password = config.getProxyAuthPassword() == null ? "" : config.getProxyAuthPassword();
                credentials.setCredentials(new AuthScope(config.getProxyHost(), port),
                        new UsernamePasswordCredentials(config.getProxyAuthUsername(), password.toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        if (config.getHttpClientConfigurer() != null) {
            config.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    private static SSLContext sslContext(CamelContext context, ProviderHttpConfiguration config) throws Exception {
        SSLContextParameters parameters = config.getSslContextParameters();
        return parameters != null ? parameters.createSSLContext(context) : SSLContexts.createSystemDefault();
    }

    private static String userAgent() {
        String version = ProviderHttpClientFactory.class.getPackage().getImplementationVersion();
        return version == null ? "kopru-camel" : "kopru-camel/" + version;
    }
}
