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
 * The provider returned a single-use token (one it accepts once) that it had returned before, so the component
 * refused to hand it out a second time. The provider did process the token request (it may have cost quota), so the
 * request is not {@linkplain #isDefinitelyNotSent() definitely not sent}; asking for a new token is safe.
 */
public class ProviderRepeatedTokenException extends ProviderUnknownErrorException {

    private static final long serialVersionUID = 1L;

    public ProviderRepeatedTokenException(ProviderErrorDetails details) {
        super("repeated single-use token refused", details, false);
    }
}
