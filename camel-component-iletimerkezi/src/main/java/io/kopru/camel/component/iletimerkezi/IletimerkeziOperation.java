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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.support.component.OperationNames;

/** The operations of the iletiMerkezi API, named as in its URLs ({@code /v1/send-sms/json}). */
public enum IletimerkeziOperation {
    SEND_SMS,
    GET_REPORT,
    GET_REPORTS,
    CANCEL_ORDER,
    GET_BALANCE,
    GET_SENDER,
    GET_BLACKLIST,
    ADD_BLACKLIST,
    DELETE_BLACKLIST,
    /** The consumer of the delivery reports iletiMerkezi posts (webhook). */
    DELIVERY_REPORTS;

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
