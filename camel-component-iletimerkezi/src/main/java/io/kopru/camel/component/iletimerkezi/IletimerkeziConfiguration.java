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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.support.sms.SmsProviderConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import java.util.ArrayList;
import java.util.List;

/** The options of an iletiMerkezi endpoint; set on the component, they are every endpoint's defaults. */
@UriParams
public class IletimerkeziConfiguration extends SmsProviderConfiguration<IletimerkeziOperation> {

    public static final String DEFAULT_BASE_URL = "https://api.iletimerkezi.com";
    public static final String DEFAULT_WEBHOOK_PATH = "/iletimerkezi/delivery-reports";
    /** The shortest webhookToken accepted: 128 bits of a random hex or base64url string at the least. */
    public static final int MIN_WEBHOOK_TOKEN_LENGTH = 22;

    @UriPath(description = "The operation to call (producer), or delivery-reports: receive the delivery reports"
                           + " iletiMerkezi posts (consumer).")
    @Metadata(required = true)
    private IletimerkeziOperation operation;

    @UriParam(label = "security", secret = true,
              description = "The API key from the panel (Settings / Security / API Access).")
    @Metadata(required = true)
    private String apiKey;

    @UriParam(label = "security", secret = true,
              description = "The panel's \"API Hash\", issued with the key; passed through unchanged, never computed.")
    @Metadata(required = true)
    private String secretKey;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "Scheme, host and optional port of the API, without a path; the component adds"
                            + " /v1/{operation}/json. Tests point it at the sandbox.")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(label = "consumer", defaultValue = DEFAULT_WEBHOOK_PATH,
              description = "The HTTP path under which the delivery-reports consumer listens, on the application's"
                            + " platform-http server; it listens on this path followed by /webhookToken, the URL to"
                            + " register in the iletiMerkezi panel.")
    private String webhookPath = DEFAULT_WEBHOOK_PATH;

    @UriParam(label = "consumer,security", secret = true,
              description = "The unguessable last segment of the registered URL (iletiMerkezi signs nothing, so this is"
                            + " what tells its posts from anyone else's): at least 22 characters, e.g. 32 random bytes"
                            + " in hex. Compared in constant time; a post with another one is answered 401 unread.")
    private String webhookToken;

    @UriParam(label = "consumer,security",
              description = "The source addresses allowed to post, comma separated IP addresses and CIDR ranges"
                            + " (203.0.113.10, 198.51.100.0/24); others are answered 403. Empty: any address. The"
                            + " address is the TCP peer as the HTTP engine reports it, never X-Forwarded-For.")
    private String webhookAllowedSources;

    @UriParam(label = "consumer", defaultValue = "65536", javaType = "int",
              description = "The largest report body accepted, in bytes (64 KiB by default). A larger post is answered"
                            + " 413: by its Content-Length before its body is parsed or its token checked, else by its"
                            + " length. The HTTP engine buffers a body before the route sees it: bound that buffer"
                            + " server-wide too (camel.server.max-body-size for Vert.x).")
    private int webhookMaxBodySize = 64 * 1024;

    @UriParam(label = "consumer", defaultValue = "200", javaType = "int",
              description = "The most posts per second accepted from one source address; more are answered 429 with"
                            + " Retry-After. iletiMerkezi posts one report per message and sends up to 100 SMS a"
                            + " second, hence twice that. 0 turns it off.")
    private int webhookRateLimit = 200;

    @Override
    public IletimerkeziOperation getOperation() {
        return operation;
    }

    @Override
    public void setOperation(IletimerkeziOperation operation) {
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

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookToken() {
        return webhookToken;
    }

    public void setWebhookToken(String webhookToken) {
        this.webhookToken = webhookToken;
    }

    public String getWebhookAllowedSources() {
        return webhookAllowedSources;
    }

    public void setWebhookAllowedSources(String webhookAllowedSources) {
        this.webhookAllowedSources = webhookAllowedSources;
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

    /** The panel's API key: iletiMerkezi counts requests per account. */
    @Override
    protected String account() {
        return apiKey;
    }

    @Override
    protected List<String> missingCredentials() {
        // issued together, so named together
        List<String> missing = new ArrayList<>();
        if (isBlank(apiKey) || isBlank(secretKey)) {
            missing.add("apiKey and secretKey (the panel's API Key and API Hash)");
        }
        return missing;
    }
}
