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
package io.kopru.camel.demo;

import io.kopru.camel.support.component.ProviderEndpoint;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EndpointHelper;
import org.apache.camel.support.EventNotifierSupport;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts, per provider, what happened to the main job's messages, from the exchanges the routes send (Camel's
 * {@code ExchangeSentEvent}s), and prints it when Camel stops:
 * <ul>
 * <li><b>sent</b>: a provider endpoint answered with an {@link SmsSendResult} (it accepted the message);</li>
 * <li><b>failed over</b>: a message went to the secondary provider ({@code kopru.sms.secondary}, which the send route
 * calls only when the primary did not send it), counted on the primary's row;</li>
 * <li><b>parked</b>: a message came back from the entry ({@code kopru.sms.entry}) parked, its outcome unknown;</li>
 * <li><b>reconciled</b>: a reconcile route ({@code direct:kopru-reconcile-<provider>}) found a parked message at the
 * provider;</li>
 * <li><b>delivered</b>, <b>undelivered</b>: final delivery reports published to {@code kopru.reports.endpoint}
 * ({@code DELIVERED}; {@code UNDELIVERED}, {@code FAILED} or {@code EXPIRED}).</li>
 * </ul>
 */
final class DemoSummary extends EventNotifierSupport {

    /** The first line of the summary; one line per provider follows. */
    static final String HEADING = "Summary per provider:";

    private static final String RECONCILE = "direct://kopru-reconcile-";

    private final Map<String, Tally> providers = new TreeMap<>();
    private final PrintStream out;
    private volatile Routes routes;

    DemoSummary(PrintStream out) {
        this.out = out;
    }

    /** The endpoints the routes were configured with, resolved once. */
    private record Routes(String entry, String primaryProvider, String secondary, String reports) {
        static Routes of(CamelContext context) {
            Endpoint primary = context.getEndpoint(context.resolvePropertyPlaceholders("{{kopru.sms.primary}}"));
            return new Routes(context.resolvePropertyPlaceholders("{{kopru.sms.entry}}"),
                    primary instanceof ProviderEndpoint ? ((ProviderEndpoint<?>) primary).getComponent().getProvider()
                            : primary.getEndpointUri(),
                    context.resolvePropertyPlaceholders("{{kopru.sms.secondary}}"),
                    context.resolvePropertyPlaceholders("{{kopru.reports.endpoint}}"));
        }
    }

    private static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failedOver = new AtomicInteger();
        final AtomicInteger parked = new AtomicInteger();
        final AtomicInteger reconciled = new AtomicInteger();
        final AtomicInteger delivered = new AtomicInteger();
        final AtomicInteger undelivered = new AtomicInteger();
    }

    /**
     * The sending events too: Camel times a send, and so emits its sent event, only when a notifier took the sending
     * event ({@code SendProcessor}).
     */
    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSendingEvent || event instanceof CamelEvent.ExchangeSentEvent
               || event instanceof CamelEvent.CamelContextStoppingEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.CamelContextStoppingEvent) {
            print();
            return;
        }
        if (!(event instanceof CamelEvent.ExchangeSentEvent)) {
            return;
        }
        CamelEvent.ExchangeSentEvent sent = (CamelEvent.ExchangeSentEvent) event;
        Exchange exchange = sent.getExchange();
        Endpoint endpoint = sent.getEndpoint();
        CamelContext context = exchange.getContext();
        Routes r = routes;
        if (r == null) {
            r = routes = Routes.of(context);
        }
        Object body = exchange.getMessage().getBody();
        String uri = endpoint.getEndpointUri();
        if (endpoint instanceof ProviderEndpoint) {
            if (EndpointHelper.matchEndpoint(context, uri, r.secondary())) {
                tally(r.primaryProvider()).failedOver.incrementAndGet();
            }
            if (exchange.getException() == null && body instanceof SmsSendResult) {
                tally(((SmsSendResult) body).getProvider()).sent.incrementAndGet();
            }
        } else if (EndpointHelper.matchEndpoint(context, uri, r.entry())) {
            if (Boolean.TRUE.equals(exchange.getProperty("KopruParked", Boolean.class))) {
                String provider = exchange.getMessage().getHeader(SmsHeaders.PROVIDER, String.class);
                tally(provider != null ? provider : providerOf(exchange)).parked.incrementAndGet();
            }
        } else if (uri.startsWith(RECONCILE)) {
            String id = exchange.getException() == null ? exchange.getMessage().getBody(String.class) : null;
            if (id != null && !id.isEmpty()) {
                tally(uri.substring(RECONCILE.length())).reconciled.incrementAndGet();
            }
        } else if (body instanceof DeliveryReport && EndpointHelper.matchEndpoint(context, uri, r.reports())) {
            DeliveryReport report = (DeliveryReport) body;
            if (report.getStatus() == DeliveryStatus.DELIVERED) {
                tally(report.getProvider()).delivered.incrementAndGet();
            } else if (report.getStatus().isFinal()) {
                tally(report.getProvider()).undelivered.incrementAndGet();
            }
        }
    }

    private static String providerOf(Exchange exchange) {
        ProviderException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ProviderException.class);
        return failure != null ? failure.getProvider() : "unknown";
    }

    private Tally tally(String provider) {
        synchronized (providers) {
            return providers.computeIfAbsent(provider, p -> new Tally());
        }
    }

    /** Prints one line per provider that took part, in the order of their names. */
    void print() {
        synchronized (providers) {
            out.println(HEADING);
            if (providers.isEmpty()) {
                out.println("  (no messages)");
            }
            providers.forEach((provider, t) -> out.println("  " + provider + ": sent " + t.sent + ", failed over "
                    + t.failedOver + ", parked " + t.parked + ", reconciled " + t.reconciled + ", delivered "
                    + t.delivered + ", undelivered " + t.undelivered));
        }
        out.flush();
    }
}
