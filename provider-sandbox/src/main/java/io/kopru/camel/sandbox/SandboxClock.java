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
package io.kopru.camel.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The simulators' notion of time: real time plus an offset tests can move forward, to expire tokens and keys or
 * deliver messages without waiting.
 */
public final class SandboxClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private final ZoneId zone;

    public SandboxClock() {
        this(ZoneId.of("UTC"));
    }

    private SandboxClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves the sandbox's time forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SandboxClock c = new SandboxClock(zone);
        c.offset = offset;
        return c;
    }
}
