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
package io.kopru.camel.support.ratelimit;

import java.time.Duration;

/**
 * Gives a producer the rate limiter of its account. Set as a component's or endpoint's {@code rateLimiterFactory}
 * option (a bean reference, e.g. {@code #sharedRateLimits}) to keep the limit somewhere other than the producer's
 * own JVM; without it every producer has its own {@link ClientRateLimiter}.
 */
@FunctionalInterface
public interface RateLimiterFactory {

    /**
     * @param key     names the provider and account whose limit this is (e.g. {@code iletimerkezi:3f2a...}, a digest
     *                that is safe to log): every limiter of one key shares one limit
     * @param permits how many requests any window of {@code period} may see
     */
    RateLimiter create(String key, int permits, Duration period);
}
