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
package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The validity of the API key (30, 60 or 90 days from the panel, extendable). In the days before it ends, the
 * producer warns, at most once a day; once it has ended, the producer's health check is DOWN. Requests are still
 * sent: Mobildev, not this date, decides, and a key extended in the panel keeps working before the option is updated.
 */
public final class MobildevKeyExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(MobildevKeyExpiry.class);

    private final Instant validUntil;
    private final Duration warning;
    private final Clock clock;
    private final AtomicLong lastWarnedDay = new AtomicLong(Long.MIN_VALUE);

    public MobildevKeyExpiry(Instant validUntil, int warningDays, Clock clock) {
        this.validUntil = validUntil;
        this.warning = Duration.ofDays(warningDays);
        this.clock = clock;
    }

    /**
     * Reads {@code apiKeyValidUntil}: an ISO-8601 instant or offset date-time ({@code 2025-06-24T10:30:00Z}, the
     * panel's {@code valid_until}), or a date, read as its first minute in Turkish time (the earliest it could mean).
     *
     * @return null for null or blank
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDate.parse(v).atStartOfDay(MobildevBodies.TURKEY).toInstant();
            } catch (DateTimeException e2) {
                throw new IllegalArgumentException("apiKeyValidUntil must be an ISO-8601 instant such as"
                                                   + " 2025-06-24T10:30:00Z or a date such as 2025-06-24; got " + v);
            }
        }
    }

    public Instant validUntil() {
        return validUntil;
    }

    /** Logs a warning, once a day, when the key expires within the warning period or has expired. */
    public void warnIfDue() {
        if (validUntil == null) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(validUntil.minus(warning))) {
            return;
        }
        long day = now.getEpochSecond() / 86_400;
        long last = lastWarnedDay.get();
        if (last == day || !lastWarnedDay.compareAndSet(last, day)) {
            return;
        }
        if (now.isBefore(validUntil)) {
            long hours = Duration.between(now, validUntil).toHours();
            LOG.warn("The mobildev API key expires at {} (in {} day(s) {} hour(s)): extend it in Mobildev's panel (API"
                     + " Key'lerim > Süre Uzat, or the link in the e-mail sent 7 days before), then update"
                     + " apiKeyValidUntil", validUntil, hours / 24, hours % 24);
        } else {
            LOG.warn("The mobildev API key expired at {}: Mobildev refuses it with api_key_expired. Extend it in the"
                     + " panel (API Key'lerim > Süre Uzat) or create a new one, then update apiKey, secretKey and"
                     + " apiKeyValidUntil", validUntil);
        }
    }

    /** The health check's view: details while valid, an error once expired. */
    public Map<String, Object> probe() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (validUntil == null) {
            details.put("apiKeyValidUntil", "unknown (set apiKeyValidUntil to be warned before the key expires)");
            return details;
        }
        Instant now = clock.instant();
        details.put("apiKeyValidUntil", validUntil.toString());
        if (!now.isBefore(validUntil)) {
            throw new ProviderAuthenticationException(ProviderErrorDetails.of(MobildevErrors.PROVIDER)
                    .providerCode("api_key_expired")
                    .providerMessage("the API key expired at " + validUntil + " (apiKeyValidUntil)")
                    .remedy(MobildevErrors.remedy("api_key_expired")).build());
        }
        details.put("apiKeyDaysLeft", Duration.between(now, validUntil).toDays());
        return details;
    }
}
