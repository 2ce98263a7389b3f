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
package io.kopru.camel.support.error;

import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The provider refused the request because a rate limit was exceeded. Carries the wait the provider asked for, when
 * it said so. The request was refused.
 */
public class ProviderRateLimitException extends ProviderException {

    private static final long serialVersionUID = 1L;

    private final RateLimitInfo rateLimit;

    public ProviderRateLimitException(ProviderErrorDetails details, RateLimitInfo rateLimit) {
        super("rate limit exceeded" + describeWait(rateLimit), details, true, null);
        this.rateLimit = rateLimit == null ? RateLimitInfo.NONE : rateLimit;
    }

    private static String describeWait(RateLimitInfo info) {
        if (info == null) {
            return "";
        }
        return info.retryAfter().map(d -> ", retry after " + d.toSeconds() + "s").orElse("")
                + info.resetAt().map(t -> ", the window resets at " + t).orElse("");
    }

    public RateLimitInfo getRateLimit() {
        return rateLimit;
    }

    /** How long the provider asked us to wait, from {@code Retry-After} or a body field such as {@code retryAfter}. */
    public Optional<Duration> getRetryAfter() {
        return rateLimit.retryAfter();
    }

    /** When the provider's window resets, from {@code X-RateLimit-Reset}. */
    public Optional<Instant> getResetAt() {
        return rateLimit.resetAt();
    }
}
