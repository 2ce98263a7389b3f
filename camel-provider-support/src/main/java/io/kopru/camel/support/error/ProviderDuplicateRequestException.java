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
 * The provider refused the request as a repeat of one it accepted a short time ago (iletiMerkezi's 451: the same text
 * to the same recipients within ten minutes). This copy was not sent, but the message already was: sending it through
 * another provider would deliver it twice, so it is <em>not</em> {@linkplain #isDefinitelyNotSent() definitely not
 * sent} for failover purposes.
 */
public class ProviderDuplicateRequestException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderDuplicateRequestException(ProviderErrorDetails details) {
        super("duplicate of a request accepted shortly before", details, false, null);
    }
}
