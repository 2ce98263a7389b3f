package io.kopru.camel.routes.pending;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps pending deliveries in a database table, so that they survive restarts and every node of a cluster polls from
 * the same list (with a clustered Quartz scheduler, one node polls at a time). The table, created on first use:
 * <pre>
 * CREATE TABLE KOPRU_PENDING_DELIVERY (PROVIDER VARCHAR(40) NOT NULL, MESSAGE_ID VARCHAR(100) NOT NULL,
 *   LAST_POLLED_AT TIMESTAMP, DELIVERY_JSON VARCHAR(16000) NOT NULL, PRIMARY KEY (PROVIDER, MESSAGE_ID))
 * </pre>
 */
public final class JdbcPendingDeliveryStore implements PendingDeliveryStore {

    public static final String TABLE = "KOPRU_PENDING_DELIVERY";

    private final DataSource dataSource;
    private final ObjectMapper mapper = ProviderJson.mapper();
    private volatile boolean ready;

    public JdbcPendingDeliveryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(PendingDelivery delivery) {
        ensureTable();
        try (Connection c = dataSource.getConnection()) {
            String json = mapper.writeValueAsString(delivery);
            Timestamp polled = delivery.getLastPolledAt() == null ? null : Timestamp.from(delivery.getLastPolledAt());
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE
                    + " SET LAST_POLLED_AT = ?, DELIVERY_JSON = ? WHERE PROVIDER = ? AND MESSAGE_ID = ?")) {
                ps.setTimestamp(1, polled);
                ps.setString(2, json);
                ps.setString(3, delivery.getProvider());
                ps.setString(4, delivery.getMessageId());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                        + " (PROVIDER, MESSAGE_ID, LAST_POLLED_AT, DELIVERY_JSON) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, delivery.getProvider());
                    ps.setString(2, delivery.getMessageId());
                    ps.setTimestamp(3, polled);
                    ps.setString(4, json);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + delivery, e);
        }
    }

    @Override
    public List<PendingDelivery> due(int max) {
        ensureTable();
        List<PendingDelivery> result = new ArrayList<>();
        // never-polled entries (NULL) first: portable without NULLS FIRST
        String sql = "SELECT DELIVERY_JSON FROM " + TABLE
                     + " ORDER BY CASE WHEN LAST_POLLED_AT IS NULL THEN 0 ELSE 1 END, LAST_POLLED_AT";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && result.size() < max) {
                    result.add(mapper.readValue(rs.getString(1), PendingDelivery.class));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + TABLE, e);
        }
        return result;
    }

    @Override
    public void remove(String provider, String messageId) {
        ensureTable();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE PROVIDER = ? AND MESSAGE_ID = ?")) {
            ps.setString(1, provider);
            ps.setString(2, messageId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove " + provider + ":" + messageId, e);
        }
    }

    @Override
    public int size() {
        ensureTable();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + TABLE, e);
        }
    }

    private void ensureTable() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                boolean exists;
                try (ResultSet rs = c.getMetaData().getTables(null, null, TABLE, null)) {
                    exists = rs.next();
                }
                if (!exists) {
                    try (ResultSet rs = c.getMetaData().getTables(null, null, TABLE.toLowerCase(), null)) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE TABLE " + TABLE + " (PROVIDER VARCHAR(40) NOT NULL, MESSAGE_ID VARCHAR(100)"
                                  + " NOT NULL, LAST_POLLED_AT TIMESTAMP, DELIVERY_JSON VARCHAR(16000) NOT NULL,"
                                  + " PRIMARY KEY (PROVIDER, MESSAGE_ID))");
                    }
                }
                ready = true;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create " + TABLE, e);
            }
        }
    }
}
