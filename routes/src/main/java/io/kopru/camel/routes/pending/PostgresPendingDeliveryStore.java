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
package io.kopru.camel.routes.pending;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.routes.outbox.PostgresReportOutbox;
import io.kopru.camel.routes.store.StoreFailure;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.sms.DeliveryReport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pending deliveries as rows of {@code kopru_pending_delivery} (see {@code db/kopru-routes}), shared by every node.
 * A polling node claims due rows with {@code SELECT ... FOR UPDATE SKIP LOCKED} and a lease: two nodes never claim the
 * same row, and a row claimed by a node that died is due again once its lease has run out. A row is due again
 * {@code pollInterval} after its last poll, so however many nodes poll, a delivery is asked about at most once per
 * interval. The end of a poll replaces the row and writes its status changes to the outbox in one transaction.
 */
public final class PostgresPendingDeliveryStore implements PendingDeliveryStore {

    private static final String COLUMNS = "provider, message_id, state, since, last_polled_at, next_poll_at, delivery";

    private final DataSource dataSource;
    private final String node;
    private final Duration lease;
    private final Duration pollInterval;
    private final ObjectMapper mapper = ProviderJson.mapper();

    public PostgresPendingDeliveryStore(DataSource dataSource, String node, Duration lease, Duration pollInterval) {
        this.dataSource = dataSource;
        this.node = node;
        this.lease = lease;
        this.pollInterval = pollInterval;
    }

    @Override
    public void put(PendingDelivery delivery) {
        String sql = "INSERT INTO kopru_pending_delivery (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, now() + ?::interval, ?)"
                     + " ON CONFLICT (provider, message_id) DO UPDATE SET state = EXCLUDED.state,"
                     + " last_polled_at = EXCLUDED.last_polled_at, delivery = EXCLUDED.delivery"
                     + " WHERE kopru_pending_delivery.claim_until IS NULL OR kopru_pending_delivery.claim_until < now()";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bindRow(ps, delivery);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("cannot store " + delivery, e);
        }
    }

    @Override
    public List<PendingDelivery> due(int max) {
        String sql = "SELECT delivery FROM kopru_pending_delivery ORDER BY last_polled_at NULLS FIRST, since LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, max);
            return read(ps);
        } catch (SQLException e) {
            throw new StoreFailure("cannot read kopru_pending_delivery", e);
        }
    }

    @Override
    public List<PendingDelivery> claim(int max) {
        String sql = "UPDATE kopru_pending_delivery p SET claimed_by = ?, claim_until = now() + ?::interval"
                     + " FROM (SELECT provider, message_id FROM kopru_pending_delivery"
                     + "   WHERE next_poll_at <= now() AND (claim_until IS NULL OR claim_until < now())"
                     + "   ORDER BY last_polled_at NULLS FIRST, since LIMIT ? FOR UPDATE SKIP LOCKED) due"
                     + " WHERE p.provider = due.provider AND p.message_id = due.message_id RETURNING p.delivery";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, node);
            ps.setString(2, interval(lease));
            ps.setInt(3, max);
            return read(ps);
        } catch (SQLException e) {
            throw new StoreFailure("cannot claim pending deliveries", e);
        }
    }

    @Override
    public void complete(PendingDelivery claimed, PendingDelivery next, List<DeliveryReport> changes) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int mine;
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM kopru_pending_delivery"
                        + " WHERE provider = ? AND message_id = ? AND claimed_by = ?")) {
                    ps.setString(1, claimed.getProvider());
                    ps.setString(2, claimed.getMessageId());
                    ps.setString(3, node);
                    mine = ps.executeUpdate();
                }
                if (mine == 0) {
                    // the lease ran out and another node holds the row now: its poll records the same changes
                    c.rollback();
                    return;
                }
                if (next != null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO kopru_pending_delivery (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, now() + ?::interval, ?) ON CONFLICT (provider, message_id) DO NOTHING")) {
                        bindRow(ps, next);
                        ps.executeUpdate();
                    }
                }
                PostgresReportOutbox.add(c, changes, mapper);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot record the poll of " + claimed, e);
        }
    }

    /**
     * Under the row's lock ({@code SELECT ... FOR UPDATE}), in one transaction with the outbox row. A poll that holds a
     * claim on the row meanwhile finds it gone when the push finished it (its end then records nothing), or records
     * what it saw, which the outbox keeps once under its report id.
     */
    @Override
    public DeliveryReport pushed(DeliveryReport pushed) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                PendingDelivery delivery = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT delivery FROM kopru_pending_delivery"
                        + " WHERE provider = ? AND message_id = ? FOR UPDATE")) {
                    ps.setString(1, pushed.getProvider());
                    ps.setString(2, pushed.getMessageId());
                    List<PendingDelivery> rows = read(ps);
                    delivery = rows.isEmpty() ? null : rows.get(0);
                }
                DeliveryReport change = PushedChanges.change(delivery, pushed);
                if (change == null) {
                    c.rollback();
                    return null;
                }
                PendingDelivery updated = delivery.pushed(change.getRecipient(), change.getStatus());
                String sql = updated.isFinalByPush()
                        ? "DELETE FROM kopru_pending_delivery WHERE provider = ? AND message_id = ?"
                        : "UPDATE kopru_pending_delivery SET delivery = ? WHERE provider = ? AND message_id = ?";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int i = 1;
                    if (!updated.isFinalByPush()) {
                        ps.setString(i++, mapper.writeValueAsString(updated));
                    }
                    ps.setString(i++, pushed.getProvider());
                    ps.setString(i, pushed.getMessageId());
                    ps.executeUpdate();
                }
                PostgresReportOutbox.add(c, List.of(change), mapper);
                c.commit();
                return change;
            } catch (SQLException | RuntimeException | JsonProcessingException e) {
                c.rollback();
                if (e instanceof SQLException) {
                    throw (SQLException) e;
                }
                if (e instanceof RuntimeException) {
                    throw (RuntimeException) e;
                }
                throw new IllegalStateException("cannot write the pushed state of " + pushed.getMessageId(), e);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot record the pushed report of " + pushed.getProvider() + ":"
                                   + pushed.getMessageId(), e);
        }
    }

    @Override
    public void remove(String provider, String messageId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM kopru_pending_delivery WHERE provider = ? AND message_id = ?")) {
            ps.setString(1, provider);
            ps.setString(2, messageId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("cannot remove " + provider + ":" + messageId, e);
        }
    }

    @Override
    public int size() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM kopru_pending_delivery"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreFailure("cannot count kopru_pending_delivery", e);
        }
    }

    private void bindRow(PreparedStatement ps, PendingDelivery delivery) throws SQLException {
        ps.setString(1, delivery.getProvider());
        ps.setString(2, delivery.getMessageId());
        ps.setString(3, delivery.getState().name());
        ps.setTimestamp(4, Timestamp.from(delivery.getSince()));
        ps.setTimestamp(5, delivery.getLastPolledAt() == null ? null : Timestamp.from(delivery.getLastPolledAt()));
        ps.setString(6, interval(pollInterval));
        try {
            ps.setString(7, mapper.writeValueAsString(delivery));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + delivery, e);
        }
    }

    private List<PendingDelivery> read(PreparedStatement ps) throws SQLException {
        List<PendingDelivery> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    result.add(mapper.readValue(rs.getString(1), PendingDelivery.class));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("unreadable row of kopru_pending_delivery", e);
                }
            }
        }
        return result;
    }

    /** A PostgreSQL interval literal. */
    static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }
}
