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
package io.kopru.camel.support.error;

/**
 * A token that came from a person's consent (OAuth2 authorization code) can no longer be used: it expired, or the
 * person revoked the consent. Nothing can fix this automatically; a person must authorize the application again.
 */
public class ProviderConsentRequiredException extends ProviderAuthenticationException {

    private static final long serialVersionUID = 1L;

    public ProviderConsentRequiredException(ProviderErrorDetails details) {
        super("consent required: a person must authorize again", details, null);
    }
}
