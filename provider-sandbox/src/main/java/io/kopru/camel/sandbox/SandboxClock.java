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
