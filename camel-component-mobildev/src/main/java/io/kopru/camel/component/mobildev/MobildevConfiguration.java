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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.sms.SmsProviderConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import java.util.ArrayList;
import java.util.List;

/** The options of a mobildev endpoint; set on the component, they are every endpoint's defaults. */
@UriParams
public class MobildevConfiguration extends SmsProviderConfiguration<MobildevOperation> {

    public static final String DEFAULT_BASE_URL = "https://xmlapi.mobildev.com";
    public static final String DEFAULT_SCOPE = "sms:campaign sms:report";

    @UriPath(description = "The operation: send and status (transactional, API key and HMAC signature),"
                           + " campaign-send and campaign-status (OAuth2 bearer token from a person's consent),"
                           + " authorize-url and exchange-code (obtaining that consent), cancel (a scheduled send,"
                           + " api=classic).")
    @Metadata(required = true)
    private MobildevOperation operation;

    @UriParam(label = "security", secret = true,
              description = "The API key (the panel's api_key, from API Key'lerim), sent as X-API-Key. Needed by send"
                            + " and status.")
    private String apiKey;

    @UriParam(label = "security", secret = true,
              description = "The panel's api_secret, shown once when the key is created: the HMAC-SHA256 key of every"
                            + " transactional request. Never sent. Needed by send and status.")
    private String secretKey;

    @UriParam(label = "security",
              description = "When the API key stops working: the panel's valid_until, as an ISO-8601 instant"
                            + " (2025-06-24T10:30:00Z) or a date (2025-06-24, read as its first minute in Turkish"
                            + " time). In the days before, the producer logs a warning; after it, its health check is"
                            + " DOWN.")
    private String apiKeyValidUntil;

    @UriParam(label = "security", defaultValue = "7", javaType = "int",
              description = "How many days before apiKeyValidUntil the producer starts warning (Mobildev e-mails 7"
                            + " days before).")
    private int apiKeyExpiryWarningDays = 7;

    @UriParam(label = "oauth",
              description = "The OAuth2 client_id of the integrator application (the panel's client_id). Needed by"
                            + " the campaign operations: it also names the consent tokens in the token store.")
    private String clientId;

    @UriParam(label = "oauth,security", secret = true,
              description = "The OAuth2 client_secret, sent only to /oauth/token with HTTP Basic authentication."
                            + " Needed by exchange-code.")
    private String clientSecret;

    @UriParam(label = "oauth",
              description = "The redirect URI registered in the panel (one of redirect_uris) that the person is sent"
                            + " back to with code and state. Needed by authorize-url and exchange-code, the same on"
                            + " both.")
    private String redirectUri;

    @UriParam(label = "oauth", defaultValue = DEFAULT_SCOPE,
              description = "The scopes authorize-url asks for, separated by spaces or commas: sms:campaign to send"
                            + " campaigns, sms:report to read their reports.")
    private String scope = DEFAULT_SCOPE;

    @UriParam(label = "oauth",
              description = "Where consent tokens and pending authorization states are kept. Default: one in-memory"
                            + " store per component, lost on restart; use a FileTokenStore or, for several nodes, a"
                            + " JdbcTokenStore, since a new token needs a person.")
    private TokenStore tokenStore;

    @UriParam(label = "producer", defaultValue = "xml", enums = "xml,json",
              description = "The body format: xml (the MainmsgBody of Mobildev's guide, every character escaped) or"
                            + " json (minified, as the guide's FAQ asks). Reports are asked for in the same format.")
    private MobildevFormat format = MobildevFormat.XML;

    @UriParam(defaultValue = "integrator", enums = "integrator,classic",
              description = "Which Mobildev API: integrator (the integrator guide's /v1 API, signed with HMAC) or"
                            + " classic (the XML API every public client uses: XML posted to the root path, apiKey and"
                            + " secretKey sent as UserName and PassWord inside the body).")
    private MobildevApiType api = MobildevApiType.INTEGRATOR;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "Scheme, host and optional port of the API, without a path; Mobildev's test system is"
                            + " https://test-xmlapi.mobildev.com. Tests point it at the sandbox.")
    private String baseUrl = DEFAULT_BASE_URL;

    public boolean isJson() {
        return format == MobildevFormat.JSON;
    }

    @Override
    public MobildevOperation getOperation() {
        return operation;
    }

    @Override
    public void setOperation(MobildevOperation operation) {
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

    public String getApiKeyValidUntil() {
        return apiKeyValidUntil;
    }

    public void setApiKeyValidUntil(String apiKeyValidUntil) {
        this.apiKeyValidUntil = apiKeyValidUntil;
    }

    public int getApiKeyExpiryWarningDays() {
        return apiKeyExpiryWarningDays;
    }

    public void setApiKeyExpiryWarningDays(int apiKeyExpiryWarningDays) {
        this.apiKeyExpiryWarningDays = apiKeyExpiryWarningDays;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public MobildevFormat getFormat() {
        return format;
    }

    public void setFormat(MobildevFormat format) {
        this.format = format;
    }

    public MobildevApiType getApi() {
        return api;
    }

    public void setApi(MobildevApiType api) {
        this.api = api;
    }

    public boolean isClassic() {
        return api == MobildevApiType.CLASSIC;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The api_key for transactional operations; the OAuth client for campaign ones. The guide limits the two apart
     * (5000 a minute transactional, 10000 an hour campaigns), so an account's campaign endpoints keep a limit of
     * their own, even where the component holds both credentials.
     */
    @Override
    protected String account() {
        return operation != null && operation.isOAuth() ? "campaigns of " + clientId : apiKey;
    }

    /** Each operation's credentials: the API key and secret to sign, or the OAuth2 client and its redirect URI. */
    @Override
    protected List<String> missingCredentials() {
        List<String> missing = new ArrayList<>();
        switch (operation) {
            case SEND:
            case STATUS:
            case CANCEL:
                require(missing, apiKey, "apiKey (the panel's api_key)");
                require(missing, secretKey, "secretKey (the panel's api_secret)");
                break;
            case CAMPAIGN_SEND:
            case CAMPAIGN_STATUS:
                require(missing, clientId, "clientId");
                break;
            case AUTHORIZE_URL:
                require(missing, clientId, "clientId");
                require(missing, redirectUri, "redirectUri");
                require(missing, scope, "scope");
                break;
            case EXCHANGE_CODE:
                require(missing, clientId, "clientId");
                require(missing, clientSecret, "clientSecret");
                require(missing, redirectUri, "redirectUri");
                break;
            default:
                throw new IllegalStateException("unhandled operation " + operation);
        }
        return missing;
    }
}
