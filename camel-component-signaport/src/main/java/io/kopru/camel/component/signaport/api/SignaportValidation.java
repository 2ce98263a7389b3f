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
package io.kopru.camel.component.signaport.api;

/**
 * What {@code POST /api/license/validate} answered for one sign token: the token is used, one signature was spent,
 * and the licence's counts after it.
 */
public final class SignaportValidation {

    private final int usedQuota;
    private final int remainingQuota;
    private final String message;

    public SignaportValidation(int usedQuota, int remainingQuota, String message) {
        this.usedQuota = usedQuota;
        this.remainingQuota = remainingQuota;
        this.message = message;
    }

    /** The signatures used on the licence so far, this one included; -1 when Signaport did not say. */
    public int getUsedQuota() {
        return usedQuota;
    }

    /** The signatures left after this one; -1 when Signaport did not say. */
    public int getRemainingQuota() {
        return remainingQuota;
    }

    /** Signaport's message, as sent ("Quota güncellendi"). */
    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "SignaportValidation[usedQuota=" + usedQuota + ", remainingQuota=" + remainingQuota + "]";
    }
}
