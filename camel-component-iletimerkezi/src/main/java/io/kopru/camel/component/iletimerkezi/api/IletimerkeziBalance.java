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
package io.kopru.camel.component.iletimerkezi.api;

import java.math.BigDecimal;

/** The account's balance: money (TL) and SMS credits; which one applies depends on how the account is billed. */
public final class IletimerkeziBalance {

    private final BigDecimal amount;
    private final long sms;

    public IletimerkeziBalance(BigDecimal amount, long sms) {
        this.amount = amount;
        this.sms = sms;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getSms() {
        return sms;
    }

    @Override
    public String toString() {
        return "IletimerkeziBalance[amount=" + amount + ", sms=" + sms + "]";
    }
}
