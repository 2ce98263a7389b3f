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

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A licence as check-quota reports it: the quota bought, used and left, Signaport's percentage of the quota
 * <em>left</em> (the document: "Kalan kota yüzdesi (0-100)", 1500 of 2000 left is 75.0), when the licence expires,
 * whether it is active, and whose it is.
 */
public final class SignaportQuota {

    private final int remainingQuota;
    private final int totalQuota;
    private final int usedQuota;
    private final BigDecimal quotaPercentage;
    private final Instant expiryDate;
    private final boolean active;
    private final String organizationName;

    public SignaportQuota(int remainingQuota, int totalQuota, int usedQuota, BigDecimal quotaPercentage,
                          Instant expiryDate, boolean active, String organizationName) {
        this.remainingQuota = remainingQuota;
        this.totalQuota = totalQuota;
        this.usedQuota = usedQuota;
        this.quotaPercentage = quotaPercentage;
        this.expiryDate = expiryDate;
        this.active = active;
        this.organizationName = organizationName;
    }

    public int getRemainingQuota() {
        return remainingQuota;
    }

    public int getTotalQuota() {
        return totalQuota;
    }

    public int getUsedQuota() {
        return usedQuota;
    }

    /** The share of the quota left, 0-100, as Signaport sent it; null when it sent none. */
    public BigDecimal getQuotaPercentage() {
        return quotaPercentage;
    }

    /** When the licence ends, or null when Signaport did not say (or said it in a form not understood). */
    public Instant getExpiryDate() {
        return expiryDate;
    }

    public boolean isActive() {
        return active;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    /** Whether the licence has ended at {@code now}; false when its end is unknown. */
    public boolean isExpiredAt(Instant now) {
        return expiryDate != null && !now.isBefore(expiryDate);
    }

    /** Whether get-token can succeed at {@code now}: active, not expired, quota left. */
    public boolean isUsableAt(Instant now) {
        return active && !isExpiredAt(now) && remainingQuota > 0;
    }

    @Override
    public String toString() {
        return "SignaportQuota[remaining=" + remainingQuota + ", total=" + totalQuota + ", used=" + usedQuota
               + ", expiryDate=" + expiryDate + ", active=" + active + ", organization=" + organizationName + "]";
    }
}
