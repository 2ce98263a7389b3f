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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.support.json.ProviderJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Tokens in PostgreSQL, shared by every node of a cluster, renewed by one node at a time: a renewal runs in a
 * transaction that holds {@code pg_advisory_xact_lock} on a hash of the key, reads the stored token, and commits the
 * renewed one before the lock is released; a node that waited for the lock reads that token and does not fetch
 * another. A node that dies mid-renewal loses its connection, and PostgreSQL releases the lock with it.
 * <p>
 * The table {@code kopru_token} is created by {@code KopruSupportSchema} (the same table and columns as
 * {@link JdbcTokenStore}'s default, so tokens a JdbcTokenStore kept there stay).
 */
public final class PostgresTokenStore implements SharedTokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTokenStore.class);
    /** Keeps these locks apart from any other advisory lock of the application. */
    private static final String LOCK_NAMESPACE = "kopru-token:";
    private static final String SELECT = "SELECT token_json FROM kopru_token WHERE token_key = ?";
    private static final String UPSERT = "INSERT INTO kopru_token (token_key, token_json, updated_at)"
            + " VALUES (?, ?, LOCALTIMESTAMP) ON CONFLICT (token_key)"
            + " DO UPDATE SET token_json = EXCLUDED.token_json, updated_at = EXCLUDED.updated_at";

    private final DataSource dataSource;
    private final Duration lockTimeout;
    private final ObjectMapper mapper = ProviderJson.mapper();

    public PostgresTokenStore(DataSource dataSource) {
        this(dataSource, Duration.ofSeconds(60));
    }

    /**
     * @param lockTimeout how long a renewal waits for another node's renewal of the same key before it fails;
     *                    longer than a token call can take
     */
    public PostgresTokenStore(DataSource dataSource, Duration lockTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    @Override
    public Optional<AccessToken> load(String key) {
        try (Connection c = dataSource.getConnection()) {
            return Optional.ofNullable(select(c, key));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the token of " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void save(String key, AccessToken token) {
        try (Connection c = dataSource.getConnection()) {
            upsert(c, key, token);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the token of " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM kopru_token WHERE token_key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the token of " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalStateException when the database cannot be reached or the lock not taken within the lock
     *                               timeout; what the renewal throws (a provider's refusal) as it is
     */
    @Override
    public AccessToken updateExclusively(String key, Renewal renewal) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return updateExclusively(c, key, renewal);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot renew the token of " + key + " under the database lock: "
                                            + e.getMessage(), e);
        }
    }

    private AccessToken updateExclusively(Connection c, String key, Renewal renewal) throws Exception {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                // a renewal stuck elsewhere fails this one instead of holding it for ever
                s.execute("SET LOCAL lock_timeout = " + Math.max(1, lockTimeout.toMillis()));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, lockId(key));
                ps.execute();
            }
            AccessToken stored = select(c, key);
            AccessToken kept = renewal.apply(stored);
            if (kept != null && !kept.equals(stored)) {
                try {
                    upsert(c, key, kept);
                    c.commit();
                } catch (SQLException e) {
                    // the provider issued the token: it works here even though the other nodes will not see it
                    LOG.warn("{}: the renewed token could not be stored ({}); the other nodes will renew again", key,
                            e.getMessage());
                    rollbackQuietly(c);
                }
            } else {
                c.commit();
            }
            return kept;
        } catch (Exception e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            try {
                c.setAutoCommit(auto);
            } catch (SQLException e) {
                LOG.debug("cannot restore autocommit: {}", e.getMessage());
            }
        }
    }

    private AccessToken select(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? mapper.readValue(rs.getString(1), AccessToken.class) : null;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored token of " + key + " cannot be read", e);
        }
    }

    private void upsert(Connection c, String key, AccessToken token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, key);
            ps.setString(2, mapper.writeValueAsString(token));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the token of " + key, e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed: {}", e.getMessage());
        }
    }

    /** The advisory lock of a key: the first 8 bytes of a SHA-256 of it. */
    static long lockId(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((LOCK_NAMESPACE + key).getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (d[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgresTokenStore[kopru_token]";
    }
}
