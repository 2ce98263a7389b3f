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

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@link RateLimiterFactory} of a cluster: each account's limit kept in PostgreSQL by a
 * {@link PostgresRateLimiter}, shared by every node on the database. Bind one as a bean and set the components'
 * {@code rateLimiterFactory} option to it; {@code rateLimit} and {@code rateLimitPeriod} stay the account's numbers.
 */
public final class PostgresRateLimiters implements RateLimiterFactory {

    /** Longer than the default connect (10 s) and response (30 s) timeouts of a provider endpoint. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Duration lease;

    public PostgresRateLimiters(DataSource dataSource) {
        this(dataSource, DEFAULT_LEASE);
    }

    /**
     * @param lease how long a slot stays taken by a node that died holding it; must exceed the endpoints' connect
     *              plus response timeouts
     */
    public PostgresRateLimiters(DataSource dataSource, Duration lease) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    @Override
    public RateLimiter create(String key, int permits, Duration period) {
        return new PostgresRateLimiter(dataSource, key, permits, period, lease);
    }

    @Override
    public String toString() {
        return "PostgresRateLimiters[lease " + lease + "]";
    }
}
