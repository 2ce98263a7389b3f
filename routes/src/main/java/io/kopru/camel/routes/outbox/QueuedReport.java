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

/** A status change in the outbox: the report and its stable id. */
public final class QueuedReport {

    private final String reportId;
    private final DeliveryReport report;

    public QueuedReport(String reportId, DeliveryReport report) {
        this.reportId = reportId;
        this.report = report;
    }

    /**
     * The id of a status change: provider, message id, recipient and the new status. A delivery's recipient reaches
     * each status once, so the id names one change, whichever node or round records it.
     */
    public static String idOf(DeliveryReport report) {
        return report.getProvider() + ':' + report.getMessageId() + ':'
               + (report.getRecipient() == null ? "" : report.getRecipient()) + ':' + report.getStatus();
    }

    public static QueuedReport of(DeliveryReport report) {
        return new QueuedReport(idOf(report), report);
    }

    public String getReportId() {
        return reportId;
    }

    public DeliveryReport getReport() {
        return report;
    }

    @Override
    public String toString() {
        return "QueuedReport[" + reportId + "]";
    }
}
