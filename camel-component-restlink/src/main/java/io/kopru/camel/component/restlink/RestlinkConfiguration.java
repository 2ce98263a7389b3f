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
package io.kopru.camel.component.restlink;

import io.kopru.camel.support.component.ProviderConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import java.util.ArrayList;
import java.util.List;

/** The options of a restlink endpoint; set on the component, they are every endpoint's defaults. */
@UriParams
public class RestlinkConfiguration extends ProviderConfiguration<RestlinkOperation> {

    public static final String DEFAULT_BASE_URL = "https://restlink23telecom.com";
    public static final String DEFAULT_PERIOD = "7d";

    @UriPath(enums = "send,stats,login", description = "The operation to call: send an SMS, read statistics, or (JWT"
                                                        + " mode) log in and hold the token.")
    @Metadata(required = true)
    private RestlinkOperation operation;

    @UriParam(label = "security", secret = true,
              description = "The API key from the portal (Settings / API Keys), sent as X-API-Key. Set either apiKey"
                            + " or username and password.")
    private String apiKey;

    @UriParam(label = "security", secret = true,
              description = "The API secret shown once when the key was created with signature verification (the"
                            + " documents' api_secret); signs every request when signRequests is true.")
    private String secretKey;

    @UriParam(label = "security", defaultValue = "false",
              description = "Sign every request with secretKey: X-Timestamp and X-Signature, hex HMAC-SHA256 of"
                            + " METHOD|path|timestamp|body. Required by keys created with signature verification.")
    private boolean signRequests;

    @UriParam(label = "security", secret = true,
              description = "The portal login, for JWT mode (POST /api/v1/user/auth); use instead of apiKey.")
    private String username;

    @UriParam(label = "security", secret = true, description = "The portal password, for JWT mode.")
    private String password;

    @UriParam(label = "producer",
              description = "The sender_id of sent messages: 1-11 letters, digits, spaces, dots, dashes or"
                            + " underscores, or a number of up to 15 digits. The CamelSmsSender header and an"
                            + " SmsMessage's own sender override it; when none is set, sender_id is left out and"
                            + " the account's default applies.")
    private String sender;

    @UriParam(label = "producer", defaultValue = DEFAULT_PERIOD, enums = "1d,7d,30d,90d",
              description = "The period of the stats operation; the CamelRestlinkPeriod header overrides it.")
    private String period = DEFAULT_PERIOD;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "Scheme, host and optional port of the API, without a path; the component adds"
                            + " /api/v1/... Tests point it at the sandbox.")
    private String baseUrl = DEFAULT_BASE_URL;

    /** Which authentication the credentials select; {@link RestlinkEndpoint#validate()} refuses a mix. */
    public RestlinkAuthMode getAuthMode() {
        if (username != null && !username.isBlank()) {
            return RestlinkAuthMode.JWT;
        }
        return signRequests ? RestlinkAuthMode.SIGNED_API_KEY : RestlinkAuthMode.API_KEY;
    }

    @Override
    public RestlinkOperation getOperation() {
        return operation;
    }

    @Override
    public void setOperation(RestlinkOperation operation) {
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

    public boolean isSignRequests() {
        return signRequests;
    }

    public void setSignRequests(boolean signRequests) {
        this.signRequests = signRequests;
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

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The user name in JWT mode, else the API key. */
    @Override
    protected String account() {
        return getAuthMode() == RestlinkAuthMode.JWT ? username : apiKey;
    }

    /** API key mode or JWT mode needs its credentials; {@link RestlinkEndpoint} refuses a mix of the two. */
    @Override
    protected List<String> missingCredentials() {
        List<String> missing = new ArrayList<>();
        if (isBlank(apiKey) && isBlank(username) && isBlank(password)) {
            missing.add("apiKey (with signRequests=true and secretKey to sign requests) or username and password (JWT"
                        + " mode)");
        }
        return missing;
    }
}
