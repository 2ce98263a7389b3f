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

import java.time.LocalDateTime;

/** One order of a get-reports listing. Times are Turkish local time, as the API gives them. */
public final class IletimerkeziOrderSummary {

    private final String id;
    private final int status;
    private final int total;
    private final int delivered;
    private final int undelivered;
    private final int waiting;
    private final LocalDateTime submitAt;
    private final LocalDateTime sendAt;
    private final String sender;

    public IletimerkeziOrderSummary(String id, int status, int total, int delivered, int undelivered, int waiting,
                                    LocalDateTime submitAt, LocalDateTime sendAt, String sender) {
        this.id = id;
        this.status = status;
        this.total = total;
        this.delivered = delivered;
        this.undelivered = undelivered;
        this.waiting = waiting;
        this.submitAt = submitAt;
        this.sendAt = sendAt;
        this.sender = sender;
    }

    public String getId() {
        return id;
    }

    /** 113 sending, 114 finished, 115 not sent. */
    public int getStatus() {
        return status;
    }

    public int getTotal() {
        return total;
    }

    public int getDelivered() {
        return delivered;
    }

    public int getUndelivered() {
        return undelivered;
    }

    public int getWaiting() {
        return waiting;
    }

    public LocalDateTime getSubmitAt() {
        return submitAt;
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public String getSender() {
        return sender;
    }

    @Override
    public String toString() {
        return "IletimerkeziOrderSummary[id=" + id + ", status=" + status + ", total=" + total + ", delivered="
               + delivered + ", undelivered=" + undelivered + ", waiting=" + waiting + "]";
    }
}
