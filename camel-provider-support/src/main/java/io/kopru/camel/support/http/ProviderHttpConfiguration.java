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

import io.kopru.camel.support.ratelimit.RateLimiterFactory;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The HTTP transport options every provider component shares (Apache HttpClient 5, as in camel-http). A provider's
 * configuration extends this class, so the options appear flat on its endpoints: {@code ?connectTimeout=5000}.
 */
@UriParams
public abstract class ProviderHttpConfiguration {

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "int",
              description = "How long to wait for a TCP connection to the provider, in milliseconds. A send that fails"
                            + " here certainly did not reach the provider.")
    private int connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "int",
              description = "How long to wait for the provider's answer once the request is sent, in milliseconds. A"
                            + " send that times out here may have been accepted: it fails with an ambiguous-result"
                            + " error and is never repeated automatically. It bounds the silence between two bytes"
                            + " and, with connectTimeout, the whole exchange: an answer that drips slowly is cut"
                            + " connectTimeout + responseTimeout after the request started.")
    private int responseTimeout = 30_000;

    @UriParam(label = "advanced", defaultValue = "1048576", javaType = "int",
              description = "The largest answer body read from the provider, in bytes (1 MiB by default, far above"
                            + " any documented answer). A larger answer is refused without being read into memory;"
                            + " for a send it is an ambiguous-result error, since the provider may have accepted the"
                            + " message.")
    private int maxResponseSize = ProviderHttpClient.DEFAULT_MAX_RESPONSE_SIZE;

    @UriParam(label = "advanced", defaultValue = "50", javaType = "int",
              description = "The largest number of simultaneous connections to the provider per endpoint.")
    private int maxConnections = 50;

    @UriParam(label = "producer", defaultValue = "0", javaType = "int",
              description = "Client-side rate limit: at most this many requests reach the provider in any window of"
                            + " rateLimitPeriod (a request holds its slot until answered; the slot serves again a"
                            + " full period later), so that a route stays under the provider's documented limit"
                            + " instead of bouncing off it. 0 turns it off. The module README gives each provider's"
                            + " documented limit.")
    private int rateLimit;

    @UriParam(label = "producer", defaultValue = "1000", javaType = "long",
              description = "The window of rateLimit, in milliseconds.")
    private long rateLimitPeriod = 1000;

    @UriParam(label = "producer", defaultValue = "60000", javaType = "long",
              description = "How long a message may wait for the client-side rate limiter, in milliseconds. A"
                            + " message that would wait longer fails with a rate-limit error without being sent.")
    private long rateLimitMaxWait = 60_000;

    @UriParam(label = "producer,advanced",
              description = "Where the client-side rate limit (rateLimit, rateLimitPeriod) is kept: by default in this"
                            + " producer; a PostgresRateLimiters bean keeps it in PostgreSQL, one limit per account for"
                            + " every node of a cluster on that database.")
    private RateLimiterFactory rateLimiterFactory;

    @UriParam(label = "proxy", description = "An HTTP proxy host to reach the provider through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The proxy port.")
    private Integer proxyPort;

    @UriParam(label = "proxy", defaultValue = "http", enums = "http,https", description = "The proxy's scheme.")
    private String proxyScheme = "http";

    @UriParam(label = "proxy,security", secret = true, description = "The user name for the proxy, if it asks.")
    private String proxyAuthUsername;

    @UriParam(label = "proxy,security", secret = true, description = "The password for the proxy.")
    private String proxyAuthPassword;

    @UriParam(label = "security",
              description = "TLS configuration (trust store, key store, protocols) for the connection to the"
                            + " provider, the Camel way. When unset, the JVM's default trust store is used.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced",
              description = "A camel-http HttpClientConfigurer that customises the HttpClient 5 builder before the"
                            + " client is built, for anything these options do not cover.")
    private HttpClientConfigurer httpClientConfigurer;

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    public long getRateLimitPeriod() {
        return rateLimitPeriod;
    }

    public void setRateLimitPeriod(long rateLimitPeriod) {
        this.rateLimitPeriod = rateLimitPeriod;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public RateLimiterFactory getRateLimiterFactory() {
        return rateLimiterFactory;
    }

    public void setRateLimiterFactory(RateLimiterFactory rateLimiterFactory) {
        this.rateLimiterFactory = rateLimiterFactory;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyScheme() {
        return proxyScheme;
    }

    public void setProxyScheme(String proxyScheme) {
        this.proxyScheme = proxyScheme;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }
}
