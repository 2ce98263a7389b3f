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
package io.kopru.camel.support.signing;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A clock for request timestamps that follows the provider's clock. When a provider rejects a timestamp as too old or
 * too new, {@link #correctFrom(String)} takes the offset from the {@code Date} header of its answer, so that the
 * request signed again carries a timestamp the provider accepts even when this machine's clock is off.
 */
public final class SkewCorrectedClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public SkewCorrectedClock(Clock base) {
        this.base = base;
    }

    public SkewCorrectedClock() {
        this(Clock.systemUTC());
    }

    /**
     * Adopts the server's time from an HTTP {@code Date} header (RFC 1123).
     *
     * @return true when the header was readable and the offset was set
     */
    public boolean correctFrom(String httpDateHeader) {
        if (httpDateHeader == null || httpDateHeader.isBlank()) {
            return false;
        }
        try {
            Instant server = ZonedDateTime.parse(httpDateHeader.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            offset = Duration.between(base.instant(), server);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** How far the server's clock is ahead of ours (negative when behind). */
    public Duration offset() {
        return offset;
    }

    public long epochSeconds() {
        return instant().getEpochSecond();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SkewCorrectedClock c = new SkewCorrectedClock(base.withZone(zone));
        c.offset = offset;
        return c;
    }
}
