package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.signing.SkewCorrectedClock;

import java.time.Clock;

/**
 * What every endpoint that signs for one Mobildev address shares: the clock correction learnt from Mobildev's
 * {@code Date} header, so that a correction made by one endpoint serves all.
 */
public final class MobildevSession implements AutoCloseable {

    private final String key;
    private final SkewCorrectedClock signingClock;

    public MobildevSession(String key, Clock base) {
        this.key = key;
        this.signingClock = new SkewCorrectedClock(base);
    }

    /** The clock signed requests take their timestamps from. */
    public SkewCorrectedClock signingClock() {
        return signingClock;
    }

    @Override
    public void close() {
        // holds no connection: the producers' clients carry the signed requests
    }

    @Override
    public String toString() {
        return "MobildevSession[" + key + "]";
    }
}
