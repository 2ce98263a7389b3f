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

import io.kopru.camel.support.sms.DeliveryReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox of one node, for the life of the JVM. Its publishing rounds never overlap (see the poll route), so a
 * claim is just the oldest changes.
 */
public final class InMemoryReportOutbox implements ReportOutbox {

    /** How many published report ids are remembered, so that a change recorded again is not published again. */
    static final int REMEMBERED_PUBLISHED = 100_000;

    private final Map<String, QueuedReport> unpublished = new LinkedHashMap<>();
    private final Map<String, Boolean> published = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_PUBLISHED;
        }
    };

    /**
     * Queues a change; a change already queued, or published among the last {@value #REMEMBERED_PUBLISHED}, under the
     * same id is not queued again (a push and a poll may both record one change).
     */
    public synchronized void add(DeliveryReport report) {
        QueuedReport queued = QueuedReport.of(report);
        if (!published.containsKey(queued.getReportId())) {
            unpublished.putIfAbsent(queued.getReportId(), queued);
        }
    }

    @Override
    public synchronized List<QueuedReport> claim(int max) {
        List<QueuedReport> batch = new ArrayList<>();
        for (QueuedReport queued : unpublished.values()) {
            if (batch.size() == max) {
                break;
            }
            batch.add(queued);
        }
        return batch;
    }

    @Override
    public synchronized void published(String reportId) {
        unpublished.remove(reportId);
        published.put(reportId, Boolean.TRUE);
    }

    @Override
    public synchronized int unpublished() {
        return unpublished.size();
    }
}
