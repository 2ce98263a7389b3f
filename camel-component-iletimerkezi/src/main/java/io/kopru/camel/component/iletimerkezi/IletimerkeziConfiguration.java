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

    @UriPath(description = "The operation to call.")
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
