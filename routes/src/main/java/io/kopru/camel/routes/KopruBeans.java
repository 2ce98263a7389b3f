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
package io.kopru.camel.routes;

import io.kopru.camel.routes.attempt.InMemorySendAttemptStore;
import io.kopru.camel.routes.bulk.BulkBatcher;
import io.kopru.camel.routes.bulk.BulkSendReport;
import io.kopru.camel.routes.attempt.PostgresSendAttemptStore;
import io.kopru.camel.routes.attempt.SendAttemptStore;
import io.kopru.camel.routes.outbox.PostgresReportOutbox;
import io.kopru.camel.routes.outbox.ReportOutbox;
import io.kopru.camel.routes.pending.InMemoryPendingDeliveryStore;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.routes.pending.PostgresPendingDeliveryStore;
import io.kopru.camel.routes.poll.DeliveryReportLists;
import io.kopru.camel.routes.poll.DeliveryStatusPoller;
import io.kopru.camel.routes.poll.DeliveryTracker;
import io.kopru.camel.routes.push.PushedDeliveryReports;
import io.kopru.camel.routes.reconcile.IletimerkeziReconciler;
import io.kopru.camel.routes.store.KopruSchema;
import io.kopru.camel.support.auth.PostgresTokenStore;
import io.kopru.camel.support.auth.PostgresUsedTokens;
import io.kopru.camel.support.cluster.KopruSupportSchema;
import io.kopru.camel.support.ratelimit.PostgresRateLimiters;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * Binds the beans the route files use, configured from {@code kopru.*} properties. Camel Main finds this class when
 * it is listed in {@code camel.main.configuration-classes} or added with {@code main.configure().addConfiguration};
 * a test or another runtime calls {@link #configure(CamelContext)} itself.
 *
 * <table>
 * <caption>properties</caption>
 * <tr><td>kopru.store</td><td>{@code memory} (default: one node) or {@code postgresql} (several nodes; also binds
 * the support module's {@code sharedRateLimits}, {@code sharedTokens} and {@code usedSignTokens} for the components'
 * {@code rateLimiterFactory}, {@code tokenStore} and {@code usedSignTokens} options)</td></tr>
 * <tr><td>kopru.store.datasource</td><td>the DataSource bean for postgresql, default {@code kopruDataSource}</td></tr>
 * <tr><td>kopru.store.migrate</td><td>apply the schema's Flyway migrations at start (the support module's and
 * this library's), default true</td></tr>
 * <tr><td>kopru.store.rate-limit-lease-seconds</td><td>how long a dead node's rate-limit slots stay taken, default
 * 60</td></tr>
 * <tr><td>kopru.store.claim-lease-seconds</td><td>how long a node's claim on a delivery or report holds, default 120</td></tr>
 * <tr><td>kopru.node.name</td><td>this node's name in claims and records, default host name and process id</td></tr>
 * <tr><td>kopru.poll.interval-seconds</td><td>the least time between two polls of one delivery, default 5</td></tr>
 * <tr><td>kopru.poll.batch-size</td><td>deliveries polled per round, default 100</td></tr>
 * <tr><td>kopru.poll.status-batch-size</td><td>ids handed to a provider's status route in one list, default 25</td></tr>
 * <tr><td>kopru.poll.max-age-minutes</td><td>stop following a delivery after this, default 2880 (48 h)</td></tr>
 * <tr><td>kopru.poll.reconcile-grace-seconds</td><td>how long a parked send may stay unfound before it counts as not
 * accepted, default 120</td></tr>
 * <tr><td>kopru.reconcile.max-candidates</td><td>iletiMerkezi orders compared with a parked send, closest in time
 * first, default 200</td></tr>
 * <tr><td>kopru.sms.entry</td><td>where a parked send found not accepted is sent again, default {@code direct:sms}</td></tr>
 * <tr><td>kopru.sms.primary, kopru.sms.secondary</td><td>the providers' send endpoints</td></tr>
 * <tr><td>kopru.sms.dead-letter</td><td>where a message refused for bad input goes at once; empty (default): the
 * exchange fails with the typed error</td></tr>
 * </table>
 */
public class KopruBeans implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Clock clock = Clock.systemUTC();
        String node = property(properties, "kopru.node.name", ManagementFactory.getRuntimeMXBean().getName());
        Duration pollInterval = Duration.ofSeconds(Long.parseLong(property(properties, "kopru.poll.interval-seconds", "5")));
        PendingDeliveryStore store;
        Duration claimLease = null;
        ReportOutbox outbox;
        SendAttemptStore attempts;
        String kind = property(properties, "kopru.store", "memory");
        if ("postgresql".equalsIgnoreCase(kind)) {
            String name = property(properties, "kopru.store.datasource", "kopruDataSource");
            DataSource ds = context.getRegistry().lookupByNameAndType(name, DataSource.class);
            if (ds == null) {
                throw new IllegalStateException("kopru.store=postgresql needs a DataSource bean named " + name);
            }
            if (Boolean.parseBoolean(property(properties, "kopru.store.migrate", "true"))) {
                KopruSupportSchema.migrate(ds);
                KopruSchema.migrate(ds);
            }
            // the support module's cluster-wide limits and tokens, for the components' options (see the README)
            Duration limiterLease = Duration.ofSeconds(
                    Long.parseLong(property(properties, "kopru.store.rate-limit-lease-seconds", "60")));
            context.getRegistry().bind("sharedRateLimits", new PostgresRateLimiters(ds, limiterLease));
            context.getRegistry().bind("sharedTokens", new PostgresTokenStore(ds));
            context.getRegistry().bind("usedSignTokens", new PostgresUsedTokens(ds));
            Duration lease = Duration.ofSeconds(Long.parseLong(property(properties, "kopru.store.claim-lease-seconds", "120")));
            store = new PostgresPendingDeliveryStore(ds, node, lease, pollInterval);
            claimLease = lease;
            outbox = new PostgresReportOutbox(ds, node, lease);
            attempts = new PostgresSendAttemptStore(ds, node);
        } else if ("memory".equalsIgnoreCase(kind)) {
            InMemoryPendingDeliveryStore memory = new InMemoryPendingDeliveryStore();
            store = memory;
            outbox = memory.outbox();
            attempts = new InMemorySendAttemptStore(clock);
        } else {
            throw new IllegalStateException("kopru.store must be memory or postgresql, not " + kind);
        }
        String entry = property(properties, "kopru.sms.entry", "direct:sms");
        DeliveryStatusPoller poller = new DeliveryStatusPoller(store, attempts, clock);
        poller.setBatchSize(Integer.parseInt(property(properties, "kopru.poll.batch-size", "100")));
        poller.setStatusBatchSize(Integer.parseInt(property(properties, "kopru.poll.status-batch-size", "25")));
        poller.setMaxAge(Duration.ofMinutes(Long.parseLong(property(properties, "kopru.poll.max-age-minutes", "2880"))));
        poller.setReconcileGrace(Duration.ofSeconds(
                Long.parseLong(property(properties, "kopru.poll.reconcile-grace-seconds", "120"))));
        poller.setResubmitEndpoint(entry);
        poller.setNode(node);
        poller.setClaimLease(claimLease);
        DeliveryTracker tracker = new DeliveryTracker(store, attempts, clock);
        tracker.setProviders(property(properties, "kopru.sms.primary", "iletimerkezi:send-sms"),
                property(properties, "kopru.sms.secondary", "mobildev:send"));
        tracker.setDeadLetterEndpoint(property(properties, "kopru.sms.dead-letter", ""));

        context.getRegistry().bind("pendingDeliveryStore", store);
        context.getRegistry().bind("reportOutbox", outbox);
        context.getRegistry().bind("sendAttemptStore", attempts);
        context.getRegistry().bind("deliveryTracker", tracker);
        context.getRegistry().bind("deliveryStatusPoller", poller);
        context.getRegistry().bind("pushedDeliveryReports", new PushedDeliveryReports(store));
        context.getRegistry().bind("kopruDeliveryReportLists", new DeliveryReportLists());
        IletimerkeziReconciler reconciler = new IletimerkeziReconciler("");
        reconciler.setMaxCandidates(Integer.parseInt(property(properties, "kopru.reconcile.max-candidates", "200")));
        context.getRegistry().bind("iletimerkeziReconciler", reconciler);
        bindBulk(context, properties);
        if (onClassPath("org.apache.camel.component.jms.JmsHeaderFilterStrategy")) {
            // camel-jms is optional (a Karaf install may leave it out): the class is named only when it is there
            context.getRegistry().bind("kopruJmsHeaderFilterStrategy",
                    context.getInjector().newInstance(context.getClassResolver()
                            .resolveClass("io.kopru.camel.routes.jms.SmsJmsHeaderFilterStrategy")));
        }
    }

    /** The bulk route's beans: the batcher, its report, and the senders' pool. */
    private void bindBulk(CamelContext context, PropertiesComponent properties) {
        BulkBatcher batcher = new BulkBatcher();
        batcher.setBatchSize(Integer.parseInt(property(properties, "kopru.bulk.batch-size", "1000")));
        batcher.setMaxOpenTexts(Integer.parseInt(property(properties, "kopru.bulk.max-open-texts", "100")));
        batcher.setDefaultText(property(properties, "kopru.bulk.text", ""));
        context.getRegistry().bind("bulkBatcher", batcher);
        context.getRegistry().bind("bulkSendReport", new BulkSendReport());
        int concurrency = Integer.parseInt(property(properties, "kopru.bulk.concurrency", "8"));
        if (concurrency < 1) {
            throw new IllegalStateException("kopru.bulk.concurrency must be at least 1, not " + concurrency);
        }
        // a full queue makes the reading thread send a batch itself: reading never runs far ahead of sending. The
        // queue holds enough batches to keep every sender busy while the reading thread waits for the rate limiter
        ExecutorService senders = context.getExecutorServiceManager().newThreadPool(this, "kopru-bulk",
                new ThreadPoolProfileBuilder("kopru-bulk").poolSize(concurrency).maxPoolSize(concurrency)
                        .maxQueueSize(4 * concurrency).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build());
        context.getRegistry().bind("kopruBulkSenders", senders);
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, KopruBeans.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String property(PropertiesComponent properties, String key, String defaultValue) {
        return properties.resolveProperty(key).orElse(defaultValue);
    }
}
