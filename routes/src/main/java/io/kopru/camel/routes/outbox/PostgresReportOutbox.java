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
package io.kopru.camel.routes.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.routes.store.StoreFailure;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.sms.DeliveryReport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The outbox as rows of {@code kopru_report_outbox}, shared by every node. A status change is inserted under its
 * report id in the transaction that records it (a change recorded twice is one row); publishing nodes claim
 * unpublished rows with {@code FOR UPDATE SKIP LOCKED} and a lease, so each is published by one node, and again only
 * when that node died before marking it published. Published rows stay, so the same change is never queued again.
 */
public final class PostgresReportOutbox implements ReportOutbox {

    private final DataSource dataSource;
    private final String node;
    private final Duration lease;
    private final ObjectMapper mapper = ProviderJson.mapper();

    public PostgresReportOutbox(DataSource dataSource, String node, Duration lease) {
        this.dataSource = dataSource;
        this.node = node;
        this.lease = lease;
    }

    /** Queues the changes within the caller's transaction. */
    public static void add(Connection c, List<DeliveryReport> changes, ObjectMapper mapper) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kopru_report_outbox (report_id, report)"
                + " VALUES (?, ?) ON CONFLICT (report_id) DO NOTHING")) {
            for (DeliveryReport change : changes) {
                ps.setString(1, QueuedReport.idOf(change));
                try {
                    ps.setString(2, mapper.writeValueAsString(change));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot write " + change, e);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<QueuedReport> claim(int max) {
        String sql = "UPDATE kopru_report_outbox o SET claimed_by = ?, claim_until = now() + ?::interval"
                     + " FROM (SELECT report_id FROM kopru_report_outbox WHERE published_at IS NULL"
                     + "   AND (claim_until IS NULL OR claim_until < now()) ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED) due"
                     + " WHERE o.report_id = due.report_id RETURNING o.report_id, o.report, o.seq";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, node);
            ps.setString(2, lease.toMillis() + " milliseconds");
            ps.setInt(3, max);
            // RETURNING gives no order: oldest first by the insertion sequence
            TreeMap<Long, QueuedReport> batch = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.put(rs.getLong(3),
                            new QueuedReport(rs.getString(1), mapper.readValue(rs.getString(2), DeliveryReport.class)));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable row of kopru_report_outbox", e);
            }
            return new ArrayList<>(batch.values());
        } catch (SQLException e) {
            throw new StoreFailure("cannot claim from kopru_report_outbox", e);
        }
    }

    @Override
    public void published(String reportId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE kopru_report_outbox SET published_at = now(), claimed_by = NULL, claim_until = NULL"
                + " WHERE report_id = ?")) {
            ps.setString(1, reportId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("cannot mark " + reportId + " published", e);
        }
    }

    @Override
    public int unpublished() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM kopru_report_outbox WHERE published_at IS NULL"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreFailure("cannot count kopru_report_outbox", e);
        }
    }
}
