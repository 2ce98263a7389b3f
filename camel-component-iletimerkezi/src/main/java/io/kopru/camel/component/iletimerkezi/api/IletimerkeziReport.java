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
package io.kopru.camel.component.iletimerkezi.api;

import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;

import java.util.List;

/**
 * The state of one order: the order's status and a {@link DeliveryReport} per recipient. A scheduled order whose
 * send time has not come (the API's 456) is reported as still sending, with no per-recipient reports yet.
 */
public final class IletimerkeziReport {

    /** Order statuses. */
    public static final int SENDING = 113;
    public static final int FINISHED = 114;
    public static final int NOT_SENT = 115;

    private final String orderId;
    private final int orderStatus;
    private final boolean scheduled;
    private final List<DeliveryReport> reports;

    public IletimerkeziReport(String orderId, int orderStatus, boolean scheduled, List<DeliveryReport> reports) {
        this.orderId = orderId;
        this.orderStatus = orderStatus;
        this.scheduled = scheduled;
        this.reports = List.copyOf(reports);
    }

    public String getOrderId() {
        return orderId;
    }

    /** 113 sending, 114 finished, 115 not sent (cancelled or failed). */
    public int getOrderStatus() {
        return orderStatus;
    }

    /** True while the order waits for its scheduled send time. */
    public boolean isScheduled() {
        return scheduled;
    }

    /** True once no recipient's status will change. */
    public boolean isFinal() {
        return orderStatus != SENDING && reports.stream().allMatch(r -> r.getStatus().isFinal());
    }

    public List<DeliveryReport> getReports() {
        return reports;
    }

    public long count(DeliveryStatus status) {
        return reports.stream().filter(r -> r.getStatus() == status).count();
    }

    @Override
    public String toString() {
        return "IletimerkeziReport[orderId=" + orderId + ", orderStatus=" + orderStatus
               + (scheduled ? ", scheduled" : "") + ", reports=" + reports.size() + "]";
    }
}
