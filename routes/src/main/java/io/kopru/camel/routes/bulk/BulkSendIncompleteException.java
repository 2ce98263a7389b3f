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
package io.kopru.camel.routes.bulk;

/**
 * A bulk send in which some batches failed (every provider certainly refused them). The accepted batches stay
 * accepted: reading the same source again sends only the others.
 */
public final class BulkSendIncompleteException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient BulkSummary summary;

    public BulkSendIncompleteException(BulkSummary summary) {
        super(summary.getFailedBatches() + " of " + summary.getBatches() + " batches were not sent; " + summary);
        this.summary = summary;
    }

    public BulkSummary getSummary() {
        return summary;
    }
}
