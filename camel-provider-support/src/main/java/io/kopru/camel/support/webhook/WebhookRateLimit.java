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
package io.kopru.camel.support.webhook;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code perSecond} webhook calls a second from one source address (a Bucket4j token bucket each). The
 * buckets of the {@value #MAX_SOURCES} most recent sources are kept, so that a flood of distinct addresses cannot
 * grow the map without bound.
 */
public final class WebhookRateLimit {

    public static final int MAX_SOURCES = 10_000;

    private final int perSecond;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_SOURCES;
        }
    };

    public WebhookRateLimit(int perSecond) {
        this.perSecond = perSecond;
    }

    /** @return 0 when the call may go on, else how many seconds the source should wait */
    public long tryAcquire(String source) {
        if (perSecond <= 0) {
            return 0;
        }
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(source, s -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1))
                            .build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }
}
