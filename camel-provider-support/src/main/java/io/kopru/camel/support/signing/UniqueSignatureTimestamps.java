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

import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Picks request timestamps, in whole Unix seconds, so that no {@code (timestamp, signature)} pair is ever used twice,
 * for providers that accept each pair once and sign only the method, path, timestamp and body (no nonce).
 * <p>
 * With one-second timestamps, two identical requests in the same second (the same text to the same number, or two
 * {@code GET}s of one path, whose query string is not signed) would carry the same pair, and the provider would refuse
 * the second as a replay. Here the second request gets the next second instead, and waits for that second to come: a
 * timestamp is never taken from the future, so a provider that refuses early timestamps is never provoked. Requests
 * that differ in anything signed share a second freely and never wait.
 * <p>
 * Pairs are remembered for the provider's replay window and then forgotten. One instance must serve every request
 * signed with the same secret in this JVM (see the component's session); processes that sign identical requests with
 * the same secret in the same second cannot see each other's pairs.
 */
public final class UniqueSignatureTimestamps {

    /** How the caller waits for a second to come; tests replace it. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A timestamp and the signature computed for it, used once. */
    public static final class Stamp {
        private final long epochSecond;
        private final String signature;

        Stamp(long epochSecond, String signature) {
            this.epochSecond = epochSecond;
            this.signature = signature;
        }

        public long epochSecond() {
            return epochSecond;
        }

        public String signature() {
            return signature;
        }
    }

    private final String provider;
    private final long windowSeconds;
    private final Sleeper sleeper;
    /** "timestamp:signature" of every pair handed out within the window, oldest first; value: its timestamp. */
    private final Map<String, Long> used = new LinkedHashMap<>();

    /**
     * @param provider the provider, named in the error when a request would wait too long
     * @param window   how long the provider remembers a pair (its timestamp tolerance)
     */
    public UniqueSignatureTimestamps(String provider, Duration window) {
        this(provider, window, d -> Thread.sleep(Math.max(1, d.toMillis())));
    }

    public UniqueSignatureTimestamps(String provider, Duration window, Sleeper sleeper) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.windowSeconds = window.toSeconds();
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Signs a request with the earliest second, not before now, whose signature has not been handed out, and returns
     * once that second has come.
     *
     * @param clock   the clock timestamps are read from (a skew-corrected one follows the provider's)
     * @param signer  the signature of the request for a given Unix second
     * @param maxWait how long a request may wait for a free second
     * @throws ProviderRateLimitException when the request would wait longer than {@code maxWait}; nothing was sent
     */
    public Stamp sign(Clock clock, LongFunction<String> signer, Duration maxWait) throws InterruptedException {
        Stamp stamp;
        synchronized (used) {
            long now = clock.instant().getEpochSecond();
            forgetBefore(now - windowSeconds - 1);
            long second = now;
            while (true) {
                String signature = signer.apply(second);
                if (used.putIfAbsent(second + ":" + signature, second) == null) {
                    stamp = new Stamp(second, signature);
                    break;
                }
                second++;
                if (Duration.ofSeconds(second - now).compareTo(maxWait) > 0) {
                    throw new ProviderRateLimitException(ProviderErrorDetails.of(provider)
                            .remedy("Identical signed requests (same method, path and body) go out at most once per"
                                    + " second, because the provider accepts each timestamp and signature once; this"
                                    + " one would wait more than " + maxWait.toMillis() + " ms. Nothing was sent."
                                    + " Slow the route down or raise rateLimitMaxWait")
                            .build(), RateLimitInfo.NONE);
                }
            }
        }
        // never send a timestamp from the future: wait for the reserved second to begin
        while (true) {
            long millisToGo = stamp.epochSecond * 1000 - clock.millis();
            if (millisToGo <= 0) {
                return stamp;
            }
            sleeper.sleep(Duration.ofMillis(millisToGo));
        }
    }

    /** How many pairs are remembered now; for tests and metrics. */
    public int remembered() {
        synchronized (used) {
            return used.size();
        }
    }

    private void forgetBefore(long oldestKept) {
        Iterator<Long> seconds = used.values().iterator();
        while (seconds.hasNext()) {
            if (seconds.next() < oldestKept) {
                seconds.remove();
            } else {
                // insertion order is time order, but for a few reservations of later seconds: stop at the first kept
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "UniqueSignatureTimestamps[" + provider + ", window=" + windowSeconds + "s]";
    }
}
