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
