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
 * The provider answered with an error this component does not know. It still carries the provider's code and
 * message; whether the request was refused follows from the HTTP status (a 4xx answer is a refusal).
 */
public class ProviderUnknownErrorException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderUnknownErrorException(ProviderErrorDetails details, boolean definitelyNotSent) {
        this("unexpected error", details, definitelyNotSent);
    }

    protected ProviderUnknownErrorException(String summary, ProviderErrorDetails details, boolean definitelyNotSent) {
        super(summary, details, definitelyNotSent, null);
    }
}
