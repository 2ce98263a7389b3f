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

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk route's split aggregation: every batch's outcome goes into the source exchange's {@link BulkSummary}, and
 * a failed batch does not stop the others. When the source is done, {@link #finish} logs the summary and, when a
 * batch failed, fails the source's exchange (a file stays to be read again: only the batches not accepted are sent
 * then, since every batch's key is the same and its attempt is recorded).
 */
public final class BulkSendReport implements AggregationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(BulkSendReport.class);

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Exchange result = oldExchange != null ? oldExchange : newExchange;
        BulkSummary summary = oldExchange != null ? oldExchange.getMessage().getBody(BulkSummary.class) : new BulkSummary();
        summary.record(newExchange);
        if (oldExchange == null) {
            // the summary carries the failure; the other batches go on
            newExchange.setException(null);
            newExchange.getMessage().setBody(summary);
        }
        return result;
    }

    /** The summary as the route's body; fails with {@link BulkSendIncompleteException} when a batch failed. */
    @Handler
    public BulkSummary finish(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        BulkSummary summary = body instanceof BulkSummary ? (BulkSummary) body : new BulkSummary();
        summary.lines(exchange.getProperty(BulkBatcher.LINES, BulkLines.class));
        exchange.getMessage().setBody(summary);
        if (summary.getFailedBatches() > 0) {
            LOG.warn("{}", summary);
            throw new BulkSendIncompleteException(summary);
        }
        LOG.info("{}", summary);
        return summary;
    }
}
