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
package io.kopru.camel.routes.attempt;

import io.kopru.camel.routes.store.StoreFailure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The send attempts as rows of {@code kopru_send_attempt}, shared by every node. {@link #begin} inserts the row, or
 * locks the existing one ({@code SELECT ... FOR UPDATE}) to decide, in one committed transaction, before the caller
 * lets the request leave: when PostgreSQL cannot be reached, it throws, and nothing is sent.
 */
public final class PostgresSendAttemptStore implements SendAttemptStore {

    private final DataSource dataSource;
    private final String node;

    public PostgresSendAttemptStore(DataSource dataSource, String node) {
        this.dataSource = dataSource;
        this.node = node;
    }

    @Override
    public Begun begin(String key, String provider, String contentHash) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO kopru_send_attempt"
                        + " (message_key, provider, content_hash, state, node) VALUES (?, ?, ?, 'SENDING', ?)"
                        + " ON CONFLICT (message_key) DO NOTHING")) {
                    ps.setString(1, key);
                    ps.setString(2, provider);
                    ps.setString(3, contentHash);
                    ps.setString(4, node);
                    if (ps.executeUpdate() == 1) {
                        c.commit();
                        return new Begun(SendAttempt.Outcome.SEND, null);
                    }
                }
                SendAttempt earlier = select(c, key, true);
                SendAttempt.Outcome outcome = earlier.outcomeFor(contentHash);
                if (outcome == SendAttempt.Outcome.SEND) {
                    set(c, key, provider, SendAttempt.State.SENDING, null, null);
                }
                c.commit();
                return new Begun(outcome, earlier);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot record the send attempt " + key + "; nothing was sent", e);
        }
    }

    @Override
    public void switchProvider(String key, String provider) {
        update(key, provider, SendAttempt.State.SENDING, null, null);
    }

    @Override
    public void accepted(String key, String provider, List<String> messageIds) {
        update(key, provider, SendAttempt.State.ACCEPTED, messageIds, null);
    }

    @Override
    public void parked(String key, String provider) {
        update(key, provider, SendAttempt.State.PARKED, null, null);
    }

    @Override
    public void notSent(String key) {
        update(key, null, SendAttempt.State.NOT_SENT, null, null);
    }

    @Override
    public boolean release(String key) {
        return update(key, null, SendAttempt.State.NOT_SENT, null, SendAttempt.State.PARKED) == 1;
    }

    @Override
    public SendAttempt find(String key) {
        try (Connection c = dataSource.getConnection()) {
            return select(c, key, false);
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the send attempt " + key, e);
        }
    }

    private int update(String key, String provider, SendAttempt.State state, List<String> ids, SendAttempt.State onlyIf) {
        try (Connection c = dataSource.getConnection()) {
            return set(c, key, provider, state, ids, onlyIf);
        } catch (SQLException e) {
            throw new StoreFailure("cannot record " + state + " for the send attempt " + key, e);
        }
    }

    private int set(Connection c, String key, String provider, SendAttempt.State state, List<String> ids,
                    SendAttempt.State onlyIf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kopru_send_attempt SET state = ?,"
                + " provider = coalesce(?, provider), message_ids = coalesce(?, message_ids), node = ?, updated_at = now()"
                + " WHERE message_key = ?" + (onlyIf == null ? "" : " AND state = ?"))) {
            ps.setString(1, state.name());
            ps.setString(2, provider);
            ps.setString(3, ids == null ? null : String.join(",", ids));
            ps.setString(4, node);
            ps.setString(5, key);
            if (onlyIf != null) {
                ps.setString(6, onlyIf.name());
            }
            return ps.executeUpdate();
        }
    }

    private static SendAttempt select(Connection c, String key, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT provider, content_hash, state, message_ids, created_at"
                + " FROM kopru_send_attempt WHERE message_key = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String ids = rs.getString(4);
                return new SendAttempt(key, rs.getString(1), rs.getString(2), SendAttempt.State.valueOf(rs.getString(3)),
                        ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                        rs.getTimestamp(5).toInstant());
            }
        }
    }
}
