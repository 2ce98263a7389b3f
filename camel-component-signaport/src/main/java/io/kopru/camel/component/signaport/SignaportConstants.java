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

import org.apache.camel.spi.Metadata;

/**
 * The headers the Signaport component reads and writes. The token headers' names contain "Token", so Camel's log
 * masking ({@code camel.main.logMask=true}) hides their values, and camel-http does not forward them (it drops
 * {@code Camel*} headers).
 */
public final class SignaportConstants {

    public static final String PROVIDER = "signaport";

    @Metadata(label = "get-token", javaType = "io.kopru.camel.component.signaport.SignaportSignatureType",
              description = "In: MEDULA or IBYS (or the API's 0 or 1); overrides the endpoint's signatureType for"
                            + " this exchange.")
    public static final String SIGNATURE_TYPE = "CamelSignaportSignatureType";

    @Metadata(label = "get-token", javaType = "String",
              description = "Out: the sign token (imza token'ı), valid 5 minutes and accepted once. A new one for every"
                            + " exchange; never cached.")
    public static final String SIGN_TOKEN = "CamelSignaportSignToken";

    @Metadata(label = "get-token", javaType = "java.time.Instant",
              description = "Out: when the sign token expires, counted from the moment the request was sent (so never"
                            + " later than Signaport's own reckoning).")
    public static final String SIGN_TOKEN_EXPIRES_AT = "CamelSignaportSignTokenExpiresAt";

    @Metadata(label = "get-token", javaType = "String",
              description = "Out: the access token (erişim token'ı) issued with the sign token, valid 15 minutes.")
    public static final String ACCESS_TOKEN = "CamelSignaportAccessToken";

    @Metadata(label = "get-token", javaType = "java.time.Instant", description = "Out: when the access token expires.")
    public static final String ACCESS_TOKEN_EXPIRES_AT = "CamelSignaportAccessTokenExpiresAt";

    @Metadata(label = "validate", javaType = "String",
              description = "In: the requesting domain sent as validate's origin (e.g. https://online.example.com),"
                            + " which Signaport checks against the licence; optional.")
    public static final String ORIGIN = "CamelSignaportOrigin";

    @Metadata(label = "validate", javaType = "Integer",
              description = "Out: the signatures used on the licence so far, the one this validation spent included.")
    public static final String USED_QUOTA = "CamelSignaportUsedQuota";

    @Metadata(javaType = "Integer",
              description = "Out: the signatures left on the licence (kalan imza hakkı); after validate, after the one"
                            + " it spent.")
    public static final String REMAINING_QUOTA = "CamelSignaportRemainingQuota";

    @Metadata(javaType = "Boolean",
              description = "Out: whether the remaining quota is at or below lowQuotaThreshold. Set only when the"
                            + " threshold is on.")
    public static final String LOW_QUOTA = "CamelSignaportLowQuota";

    @Metadata(label = "check-quota", javaType = "Integer", description = "Out: the quota the licence was bought with.")
    public static final String TOTAL_QUOTA = "CamelSignaportTotalQuota";

    @Metadata(label = "check-quota", javaType = "java.time.Instant",
              description = "Out: when the licence expires; absent when Signaport did not say.")
    public static final String LICENSE_EXPIRES_AT = "CamelSignaportLicenseExpiresAt";

    @Metadata(label = "check-quota", javaType = "Boolean",
              description = "Out: whether get-token can succeed now: the licence is active, not expired, and has"
                            + " quota left.")
    public static final String LICENSE_USABLE = "CamelSignaportLicenseUsable";

    private SignaportConstants() {
    }
}
