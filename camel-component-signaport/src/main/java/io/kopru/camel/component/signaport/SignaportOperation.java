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

import io.kopru.camel.support.component.OperationNames;

/** The operations of the Signaport component, as named in endpoint URIs. */
public enum SignaportOperation {
    /** {@code POST /api/v1/auth/get-token}: a fresh, single-use sign token (and an access token) per exchange. */
    GET_TOKEN,
    /** {@code GET /api/License/check-quota/{licenseKey}}: the licence's quota, expiry and state. */
    CHECK_QUOTA,
    /** {@code POST /api/license/validate}: uses a sign token, spending one signature of the licence. */
    VALIDATE;

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
