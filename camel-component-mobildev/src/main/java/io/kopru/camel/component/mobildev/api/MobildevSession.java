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
