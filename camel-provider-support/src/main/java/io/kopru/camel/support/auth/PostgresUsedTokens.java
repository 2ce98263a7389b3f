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
package io.kopru.camel.support.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The used-token record of a cluster: one row per digest in {@code kopru_used_token} (created by
 * {@code KopruSupportSchema}), whose primary key lets exactly one node insert it; the others are told the token was
 * handed out already. Rows older than {@code retention} (longer than the tokens live) are deleted now and then.
 */
public final class PostgresUsedTokens implements UsedTokens {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresUsedTokens.class);
    private static final long PURGE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final String INSERT = "INSERT INTO kopru_used_token (digest, used_at) VALUES (?, clock_timestamp())"
            + " ON CONFLICT (digest) DO NOTHING";
    private static final String PURGE = "DELETE FROM kopru_used_token"
            + " WHERE used_at < clock_timestamp() - ? * interval '1 second'";

    private final DataSource dataSource;
    private final Duration retention;
    private volatile long nextPurge = System.nanoTime();

    /** Keeps each record for 2 days, longer than any sign token lives. */
    public PostgresUsedTokens(DataSource dataSource) {
        this(dataSource, Duration.ofDays(2));
    }

    public PostgresUsedTokens(DataSource dataSource, Duration retention) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** @throws IllegalStateException when the database cannot tell: the token must not be used */
    @Override
    public boolean markUsed(String digest) {
        try (Connection c = dataSource.getConnection()) {
            purgeNowAndThen(c);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setString(1, digest);
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a single-use token: " + e.getMessage(), e);
        }
    }

    private void purgeNowAndThen(Connection c) {
        long now = System.nanoTime();
        if (now - nextPurge < 0) {
            return;
        }
        nextPurge = now + PURGE_EVERY_NANOS;
        try (PreparedStatement ps = c.prepareStatement(PURGE)) {
            ps.setLong(1, retention.toSeconds());
            int purged = ps.executeUpdate();
            LOG.debug("purged {} used-token records older than {}", purged, retention);
        } catch (SQLException e) {
            LOG.debug("cannot purge old used-token records: {}", e.getMessage());
        }
    }
}
