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
package io.kopru.camel.sandbox.mobildev;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * An access token issued from a person's consent: its client, the person, the scopes granted, the daily time window
 * sends are allowed in (Turkish time; none when the person chose none), its expiry, and whether the person revoked it.
 */
public final class MobildevToken {

    final String value;
    public final String clientId;
    public final String user;
    public final Set<String> scope;
    /** Start of the daily window sends are allowed in, or null for any time. */
    public final LocalTime windowStart;
    /** End of the window (exclusive), or null. */
    public final LocalTime windowEnd;
    public final Instant issuedAt;
    volatile Instant expiresAt;
    volatile boolean revoked;

    MobildevToken(String value, String clientId, String user, Set<String> scope, LocalTime windowStart,
                  LocalTime windowEnd, Instant issuedAt, Instant expiresAt) {
        this.value = value;
        this.clientId = clientId;
        this.user = user;
        this.scope = Set.copyOf(scope);
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** The bearer value, for tests that must prove it never reaches a log. */
    public String value() {
        return value;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    /** Whether {@code now} falls inside the daily window (windows may wrap midnight). */
    boolean inWindow(Instant now) {
        if (windowStart == null || windowEnd == null) {
            return true;
        }
        LocalTime t = ZonedDateTime.ofInstant(now, MobildevSubmission.TURKEY).toLocalTime();
        return windowStart.isBefore(windowEnd)
                ? !t.isBefore(windowStart) && t.isBefore(windowEnd)
                : !t.isBefore(windowStart) || t.isBefore(windowEnd);
    }
}
