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
package io.kopru.camel.component.brokerage;

import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.component.ProviderConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import java.util.ArrayList;
import java.util.List;

/** The options of a brokerage endpoint; set on the component, they are every endpoint's defaults. */
@UriParams
public class BrokerageConfiguration extends ProviderConfiguration<BrokerageOperation> {

    public static final String DEFAULT_WEBHOOK_PATH = "/brokerage/webhook";

    @UriPath(enums = "call,webhook",
             description = "call: an Integration API call (producer); webhook: receive the platform's webhook calls"
                           + " (consumer).")
    @Metadata(required = true)
    private BrokerageOperation operation;

    @UriParam(label = "security", secret = true,
              description = "The API Key from the Brokerage platform, for call.")
    private String apiKey;

    @UriParam(label = "security", secret = true,
              description = "The Secret Key issued with the API key, for call.")
    private String secretKey;

    @UriParam(label = "security", defaultValue = "false",
              description = "Send apiKey and secretKey to /auth/authenticate in the Api-Key and Api-Secret headers"
                            + " instead of the JSON body (the documents' option 2).")
    private boolean credentialsInHeaders;

    @UriParam(label = "producer",
              description = "The scheme, host and optional port of the platform (the document gives no host), e.g."
                            + " https://integration.example.com; the component adds /api/v1/integration. Required"
                            + " for call.")
    @Metadata(required = true)
    private String baseUrl;

    @UriParam(label = "producer",
              description = "The path of the call relative to /api/v1/integration, e.g. /orders; a query string is"
                            + " allowed. The CamelBrokeragePath header overrides it.")
    private String path;

    @UriParam(label = "producer", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of the call; the CamelHttpMethod header overrides it.")
    private String httpMethod = "GET";

    @UriParam(label = "advanced",
              description = "Where the access and refresh tokens are kept: in memory by default; a FileTokenStore or"
                            + " JdbcTokenStore keeps them across restarts (and, JDBC, across a cluster's nodes).")
    private TokenStore tokenStore;

    @UriParam(label = "consumer", defaultValue = DEFAULT_WEBHOOK_PATH,
              description = "The HTTP path the webhook consumer listens on, on the application's platform-http"
                            + " server; register the URL of this path with the platform.")
    private String webhookPath = DEFAULT_WEBHOOK_PATH;

    @UriParam(label = "consumer,security", secret = true,
              description = "Webhook authentication type 1 (Basic): the user name the platform sends. Set with"
                            + " password; or set token for type 2.")
    private String username;

    @UriParam(label = "consumer,security", secret = true,
              description = "Webhook authentication type 1 (Basic): the password the platform sends.")
    private String password;

    @UriParam(label = "consumer,security", secret = true,
              description = "Webhook authentication type 2 (Token): the token the platform sends, as Authorization:"
                            + " Bearer <token> (or the raw value of tokenHeader).")
    private String token;

    @UriParam(label = "consumer,advanced", defaultValue = "Authorization",
              description = "The request header that carries the type 2 token. With Authorization (the default) the"
                            + " value is Bearer <token>; with any other header it is the token itself.")
    private String tokenHeader = "Authorization";

    @UriParam(label = "consumer", defaultValue = "65536", javaType = "int",
              description = "The largest webhook body accepted, in bytes (64 KiB by default). A larger call is"
                            + " answered 413: by its Content-Length before its body is parsed or its credentials"
                            + " checked, else by its length. The HTTP engine buffers a body before the route sees it:"
                            + " bound that buffer server-wide too (camel.server.max-body-size for Vert.x).")
    private int webhookMaxBodySize = 64 * 1024;

    @UriParam(label = "consumer", defaultValue = "20", javaType = "int",
              description = "The most webhook calls per second accepted from one source address; more are answered"
                            + " 429 with Retry-After before anything else is looked at. 0 turns it off.")
    private int webhookRateLimit = 20;

    @Override
    public BrokerageOperation getOperation() {
        return operation;
    }

    @Override
    public void setOperation(BrokerageOperation operation) {
        this.operation = operation;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public boolean isCredentialsInHeaders() {
        return credentialsInHeaders;
    }

    public void setCredentialsInHeaders(boolean credentialsInHeaders) {
        this.credentialsInHeaders = credentialsInHeaders;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getTokenHeader() {
        return tokenHeader;
    }

    public void setTokenHeader(String tokenHeader) {
        this.tokenHeader = tokenHeader;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public int getWebhookRateLimit() {
        return webhookRateLimit;
    }

    public void setWebhookRateLimit(int webhookRateLimit) {
        this.webhookRateLimit = webhookRateLimit;
    }

    /** The platform's API key, which its tokens are issued to. */
    @Override
    protected String account() {
        return apiKey;
    }

    @Override
    protected List<String> missingCredentials() {
        // issued together, so named together
        List<String> missing = new ArrayList<>();
        if (isBlank(apiKey) || isBlank(secretKey)) {
            missing.add("apiKey and secretKey (the API Key and Secret Key from the Brokerage platform)");
        }
        return missing;
    }
}
