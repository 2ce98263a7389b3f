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
package io.kopru.camel.routes.poll;

import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the {@code List<DeliveryReport>} of each part of a split into one list: a status route that asks its
 * provider once per id (iletiMerkezi's get-report takes one order) answers a list of ids with every report of them.
 * A part that failed adds no reports: its id (the part's {@code CamelSmsMessageId}) and error go to the header
 * {@value DeliveryStatusPoller#STATUS_FAILED}, so that the poller keeps that delivery for its next round while the
 * others of the list are recorded.
 */
public final class DeliveryReportLists implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Exchange result = oldExchange == null ? newExchange : oldExchange;
        Map<String, String> failed = failures(result);
        List<DeliveryReport> reports = oldExchange == null ? new ArrayList<>() : reports(oldExchange);
        Exception error = newExchange.getException();
        if (error != null) {
            newExchange.setException(null); // kept as the part's failure, not the whole list's
            failed.put(newExchange.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class),
                    String.valueOf(error.getMessage()));
        } else {
            @SuppressWarnings("unchecked")
            List<DeliveryReport> part = newExchange.getMessage().getBody(List.class);
            if (part != null) {
                reports.addAll(part);
            }
        }
        result.getMessage().setBody(reports);
        result.getMessage().setHeader(DeliveryStatusPoller.STATUS_FAILED, failed);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<DeliveryReport> reports(Exchange exchange) {
        return exchange.getMessage().getBody(List.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> failures(Exchange exchange) {
        Map<String, String> failed = exchange.getMessage().getHeader(DeliveryStatusPoller.STATUS_FAILED, Map.class);
        return failed == null ? new LinkedHashMap<>() : failed;
    }
}
