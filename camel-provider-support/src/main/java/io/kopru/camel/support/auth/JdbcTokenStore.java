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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps tokens in a database table, so that every node of a cluster sees the same token and it survives restarts.
 * The table (created on first use unless {@code createTable} is false):
 * <pre>
 * CREATE TABLE KOPRU_TOKEN (TOKEN_KEY VARCHAR(200) PRIMARY KEY, TOKEN_JSON VARCHAR(8000) NOT NULL,
 *                           UPDATED_AT TIMESTAMP NOT NULL)
 * </pre>
 */
public final class JdbcTokenStore implements TokenStore {

    public static final String DEFAULT_TABLE = "KOPRU_TOKEN";
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final DataSource dataSource;
    private final String table;
    private final boolean createTable;
    private final ObjectMapper mapper = ProviderJson.mapper();
    private volatile boolean ready;

    public JdbcTokenStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, true);
    }

    public JdbcTokenStore(DataSource dataSource, String table, boolean createTable) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.dataSource = dataSource;
        this.table = table;
        this.createTable = createTable;
    }

    @Override
    public Optional<AccessToken> load(String key) {
        ensureTable();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT TOKEN_JSON FROM " + table + " WHERE TOKEN_KEY = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.readValue(rs.getString(1), AccessToken.class)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot load the token of " + key + " from " + table, e);
        }
    }

    @Override
    public void save(String key, AccessToken token) {
        ensureTable();
        try (Connection c = dataSource.getConnection()) {
            String json = mapper.writeValueAsString(token);
            Timestamp now = Timestamp.from(Instant.now());
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                // update, then insert where there was nothing to update: portable where MERGE/UPSERT are not
                int updated;
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE " + table + " SET TOKEN_JSON = ?, UPDATED_AT = ? WHERE TOKEN_KEY = ?")) {
                    ps.setString(1, json);
                    ps.setTimestamp(2, now);
                    ps.setString(3, key);
                    updated = ps.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO " + table + " (TOKEN_KEY, TOKEN_JSON, UPDATED_AT) VALUES (?, ?, ?)")) {
                        ps.setString(1, key);
                        ps.setString(2, json);
                        ps.setTimestamp(3, now);
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot save the token of " + key + " in " + table, e);
        }
    }

    @Override
    public void remove(String key) {
        ensureTable();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE TOKEN_KEY = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the token of " + key + " from " + table, e);
        }
    }

    private void ensureTable() {
        if (ready || !createTable) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                String bare = table.contains(".") ? table.substring(table.lastIndexOf('.') + 1) : table;
                boolean exists;
                try (ResultSet rs = c.getMetaData().getTables(null, null, bare.toUpperCase(), null)) {
                    exists = rs.next();
                }
                if (!exists) {
                    try (ResultSet rs = c.getMetaData().getTables(null, null, bare.toLowerCase(), null)) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE TABLE " + table + " (TOKEN_KEY VARCHAR(200) PRIMARY KEY,"
                                  + " TOKEN_JSON VARCHAR(8000) NOT NULL, UPDATED_AT TIMESTAMP NOT NULL)");
                    }
                }
                ready = true;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the token table " + table, e);
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[" + table + "]";
    }
}
