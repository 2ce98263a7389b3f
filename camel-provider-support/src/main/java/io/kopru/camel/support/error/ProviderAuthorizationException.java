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
 * The credentials are valid but not for this request: the caller's IP is not on the allow-list, the token lacks a
 * scope, the request falls outside the allowed time window, or the sender is not approved. The request was refused.
 */
public class ProviderAuthorizationException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderAuthorizationException(ProviderErrorDetails details) {
        this(details, null);
    }

    public ProviderAuthorizationException(ProviderErrorDetails details, Throwable cause) {
        super("not authorized", details, true, cause);
    }
}
