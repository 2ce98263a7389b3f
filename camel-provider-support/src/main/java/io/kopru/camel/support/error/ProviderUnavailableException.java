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
 * The provider could not be reached or said it is unavailable (connection refused, DNS failure, TLS handshake
 * failure, HTTP 503). The request was not accepted.
 */
public class ProviderUnavailableException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderUnavailableException(ProviderErrorDetails details, Throwable cause) {
        super("provider unavailable", details, true, cause);
    }
}
