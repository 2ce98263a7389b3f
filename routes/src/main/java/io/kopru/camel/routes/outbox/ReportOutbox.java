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

import java.util.List;

/**
 * The status changes waiting to be published. A change enters the outbox in the same transaction that records it
 * (see {@link io.kopru.camel.routes.pending.PendingDeliveryStore#complete}); the publishing route claims a batch,
 * sends each change with its {@value #REPORT_ID} header and marks it published. A node that dies between sending and
 * marking leaves the change to be published again, under the same id: consumers that must see a change once drop
 * a report id they have seen.
 */
public interface ReportOutbox {

    /** The header carrying a published report's id: the same id every time the same status change is published. */
    String REPORT_ID = "CamelSmsReportId";

    /** Up to {@code max} unpublished changes, oldest first, claimed by this node for its lease. */
    List<QueuedReport> claim(int max);

    /** The change was handed to the reports endpoint. */
    void published(String reportId);

    /** Changes not yet published. */
    int unpublished();
}
