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
 * The provider rejected the request as invalid (a missing or malformed field, a number or text it will not take, an
 * unknown id). The request was refused; sending it again unchanged will fail the same way.
 */
public class ProviderInvalidRequestException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderInvalidRequestException(ProviderErrorDetails details) {
        this(details, null);
    }

    public ProviderInvalidRequestException(ProviderErrorDetails details, Throwable cause) {
        this("invalid request", details, cause);
    }

    protected ProviderInvalidRequestException(String summary, ProviderErrorDetails details, Throwable cause) {
        super(summary, details, true, cause);
    }
}
