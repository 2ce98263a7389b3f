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
package io.kopru.camel.routes.reconcile;

import io.kopru.camel.component.iletimerkezi.IletimerkeziConstants;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziOrderSummary;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.apache.camel.ProducerTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds out whether iletiMerkezi accepted a parked message: it lists the orders submitted since the attempt
 * ({@code get-reports}), keeps those with the message's sender and recipient count, and compares each one's recipients
 * ({@code get-report}) with the message's. The iletiMerkezi documents offer no lookup by content, so this is the
 * closest a client can get; a recent identical order is the one (iletiMerkezi itself refuses the same text to the
 * same recipients twice within ten minutes).
 */
public final class IletimerkeziReconciler {

    private static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");

    private final String statusEndpoint;
    /** Orders are looked at only if submitted this close to the attempt (a request is accepted while in flight). */
    private static final java.time.Duration WINDOW = java.time.Duration.ofMinutes(2);
    private int maxCandidates = 200;
    /** One template for every reconciliation: a template owns a producer cache, not to be built per call. */
    private volatile ProducerTemplate template;

    /** @param endpointOptions options of the iletimerkezi endpoints to query with, e.g. credentials; may be empty */
    public IletimerkeziReconciler(String endpointOptions) {
        this.statusEndpoint = endpointOptions == null || endpointOptions.isEmpty() ? "" : "?" + endpointOptions;
    }

    /** @return the provider's order id, or null when iletiMerkezi lists no matching order */
    @Handler
    @SuppressWarnings("unchecked")
    public String reconcile(PendingDelivery parked, Exchange exchange) {
        SmsMessage message = parked.getMessage();
        Set<String> recipients = new HashSet<>(PhoneNumbers.normalize("iletimerkezi", message.getTo(),
                PhoneNumbers.Scope.TURKISH_MOBILE, PhoneNumbers.Style.E164));
        LocalDateTime attempted = LocalDateTime.ofInstant(parked.getSince(), TURKEY);
        LocalDateTime since = attempted.minusMinutes(1);
        LocalDate today = LocalDate.now(TURKEY);
        ProducerTemplate template = template(exchange.getContext());
        List<IletimerkeziOrderSummary> orders = template.requestBodyAndHeaders(
                "iletimerkezi:get-reports" + statusEndpoint, null,
                Map.of(IletimerkeziConstants.START_DATE, since.toLocalDate(), IletimerkeziConstants.END_DATE, today),
                List.class);
        // the order submitted closest to the attempt first: on a busy account, that is the one
        List<IletimerkeziOrderSummary> candidates = orders.stream()
                .filter(o -> o.getSubmitAt() == null || !o.getSubmitAt().isBefore(since))
                .filter(o -> o.getSubmitAt() == null || !o.getSubmitAt().isAfter(attempted.plus(WINDOW)))
                .filter(o -> o.getTotal() == recipients.size())
                .filter(o -> message.getSender() == null || message.getSender().equals(o.getSender()))
                .sorted(Comparator.comparing((IletimerkeziOrderSummary o) -> o.getSubmitAt() == null ? Long.MAX_VALUE
                        : Math.abs(Duration.between(attempted, o.getSubmitAt()).toMillis())))
                .limit(maxCandidates)
                .collect(Collectors.toList());
        for (IletimerkeziOrderSummary candidate : candidates) {
            IletimerkeziReport report = template.requestBodyAndHeader("iletimerkezi:get-report" + statusEndpoint,
                    null, SmsHeaders.MESSAGE_ID, candidate.getId(), IletimerkeziReport.class);
            Set<String> theirs = report.getReports().stream().map(DeliveryReport::getRecipient)
                    .collect(Collectors.toSet());
            if (theirs.equals(recipients)) {
                return candidate.getId();
            }
        }
        return null;
    }

    /**
     * How many of the orders closest in time to the attempt are compared, recipient by recipient (one request each);
     * on an account sending N messages a second, 200 covers some 200/N seconds around the attempt. Default 200.
     */
    public void setMaxCandidates(int maxCandidates) {
        this.maxCandidates = maxCandidates;
    }

    private ProducerTemplate template(CamelContext context) {
        ProducerTemplate t = template;
        if (t == null || t.getCamelContext() != context) {
            synchronized (this) {
                if (template == null || template.getCamelContext() != context) {
                    template = context.createProducerTemplate();
                }
                t = template;
            }
        }
        return t;
    }
}
