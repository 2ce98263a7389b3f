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
package io.kopru.camel.component.signaport;

import io.kopru.camel.support.auth.UsedTokens;
import io.kopru.camel.support.component.ProviderConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import java.util.ArrayList;
import java.util.List;

/** The options of a Signaport endpoint; set on the component, they are every endpoint's defaults. */
@UriParams
public class SignaportConfiguration extends ProviderConfiguration<SignaportOperation> {

    public static final String DEFAULT_BASE_URL = "https://api.signaport.com";

    @UriPath(description = "The operation to call.")
    @Metadata(required = true)
    private SignaportOperation operation;

    @UriParam(label = "security",
              description = "The licence key (lisans anahtarı) Signaport issued to the organisation, e.g."
                            + " TEST-KEY-12345. It names the licence rather than proving who calls: get-token needs the"
                            + " password with it. It is not masked by Camel (see the README); it travels in the"
                            + " check-quota URL.")
    @Metadata(required = true)
    private String licenseKey;

    @UriParam(label = "security", secret = true,
              description = "The licence password (lisans şifresi) that goes with licenseKey. Sent only in the body of"
                            + " get-token, over HTTPS; masked wherever Camel prints options.")
    private String password;

    @UriParam(label = "producer", enums = "MEDULA,IBYS",
              description = "What the sign tokens are for, sent as imzaTipi: MEDULA (0) or IBYS (1). Required by"
                            + " get-token; the CamelSignaportSignatureType header overrides it per exchange.")
    private SignaportSignatureType signatureType;

    @UriParam(label = "producer", defaultValue = "0", javaType = "int",
              description = "When the remaining quota (from get-token or check-quota) is at or below this many"
                            + " signatures, the producer logs a warning (once, until the quota rises above it again)"
                            + " and sets CamelSignaportLowQuota to true. 0 turns it off.")
    private int lowQuotaThreshold;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "Scheme, host and optional port of the API, without a path. HTTPS only, as Signaport"
                            + " requires; http:// is accepted for a loopback host alone (the sandbox).")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(label = "advanced",
              description = "Where the sign tokens handed out are recorded, so that one Signaport returned before is"
                            + " refused: in this producer by default; a PostgresUsedTokens bean records them for every"
                            + " node of a cluster, so that no token is handed to two nodes.")
    private UsedTokens usedSignTokens;

    @Override
    public SignaportOperation getOperation() {
        return operation;
    }

    @Override
    public void setOperation(SignaportOperation operation) {
        this.operation = operation;
    }

    public String getLicenseKey() {
        return licenseKey;
    }

    public void setLicenseKey(String licenseKey) {
        this.licenseKey = licenseKey;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public SignaportSignatureType getSignatureType() {
        return signatureType;
    }

    public void setSignatureType(SignaportSignatureType signatureType) {
        this.signatureType = signatureType;
    }

    public int getLowQuotaThreshold() {
        return lowQuotaThreshold;
    }

    public void setLowQuotaThreshold(int lowQuotaThreshold) {
        this.lowQuotaThreshold = lowQuotaThreshold;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public UsedTokens getUsedSignTokens() {
        return usedSignTokens;
    }

    public void setUsedSignTokens(UsedTokens usedSignTokens) {
        this.usedSignTokens = usedSignTokens;
    }

    /** The licence: Signaport counts get-token calls per licence. */
    @Override
    protected String account() {
        return licenseKey;
    }

    @Override
    protected List<String> missingCredentials() {
        List<String> missing = new ArrayList<>();
        // validate needs only the sign token: the licence is the token's
        if (operation != SignaportOperation.VALIDATE) {
            require(missing, licenseKey, "licenseKey");
        }
        if (operation == SignaportOperation.GET_TOKEN) {
            require(missing, password, "password (the licence password)");
        }
        return missing;
    }
}
