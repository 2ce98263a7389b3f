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
package io.kopru.camel.component.restlink;

import io.kopru.camel.support.component.OperationNames;

/** The operations of a restlink endpoint ({@code restlink:send}). */
public enum RestlinkOperation {
    /** {@code POST /api/v1/sms/send}. */
    SEND,
    /** {@code GET /api/v1/sms/stats?period=}. */
    STATS,
    /** {@code POST /api/v1/user/auth}: the JWT login, for JWT mode. */
    LOGIN;

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
