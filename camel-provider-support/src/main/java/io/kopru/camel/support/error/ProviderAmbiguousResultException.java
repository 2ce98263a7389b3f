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
 * The request left this machine but no usable answer came back (a timeout while waiting, a connection dropped after
 * the request was written, a server error, an unreadable response to a send). The provider may have accepted it:
 * sending it again, here or elsewhere, could deliver it twice. Reconcile by querying its status instead.
 */
public class ProviderAmbiguousResultException extends ProviderException {

    private static final long serialVersionUID = 1L;

    public ProviderAmbiguousResultException(ProviderErrorDetails details, Throwable cause) {
        super("outcome unknown, the request may have been accepted", details, false, cause);
    }
}
