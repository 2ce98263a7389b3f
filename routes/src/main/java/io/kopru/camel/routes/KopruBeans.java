package io.kopru.camel.routes;

import io.kopru.camel.routes.pending.InMemoryPendingDeliveryStore;
import io.kopru.camel.routes.pending.JdbcPendingDeliveryStore;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.routes.poll.DeliveryStatusPoller;
import io.kopru.camel.routes.poll.DeliveryTracker;
import io.kopru.camel.routes.reconcile.IletimerkeziReconciler;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Binds the beans the route files use, configured from {@code kopru.*} properties. Camel Main finds this class by
 * scanning the application's package; a test or another runtime calls {@link #configure(CamelContext)} itself.
 *
 * <table>
 * <caption>properties</caption>
 * <tr><td>kopru.pending.store</td><td>{@code memory} (default) or {@code jdbc}</td></tr>
 * <tr><td>kopru.pending.datasource</td><td>the DataSource bean for jdbc, default {@code kopruDataSource}</td></tr>
 * <tr><td>kopru.poll.batch-size</td><td>deliveries polled per round, default 100</td></tr>
 * <tr><td>kopru.poll.max-age-minutes</td><td>stop following a delivery after this, default 2880 (48 h)</td></tr>
 * <tr><td>kopru.poll.reconcile-grace-seconds</td><td>how long a parked send may stay unfound before it counts as not
 * accepted, default 120</td></tr>
 * <tr><td>kopru.sms.entry</td><td>where a parked send found not accepted is sent again, default {@code direct:sms}</td></tr>
 * </table>
 */
public class KopruBeans implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        PendingDeliveryStore store;
        if ("jdbc".equalsIgnoreCase(property(properties, "kopru.pending.store", "memory"))) {
            String name = property(properties, "kopru.pending.datasource", "kopruDataSource");
            DataSource ds = context.getRegistry().lookupByNameAndType(name, DataSource.class);
            if (ds == null) {
                throw new IllegalStateException("kopru.pending.store=jdbc needs a DataSource bean named " + name);
            }
            store = new JdbcPendingDeliveryStore(ds);
        } else {
            store = new InMemoryPendingDeliveryStore();
        }
        DeliveryStatusPoller poller = new DeliveryStatusPoller(store, Clock.systemUTC());
        poller.setBatchSize(Integer.parseInt(property(properties, "kopru.poll.batch-size", "100")));
        poller.setMaxAge(Duration.ofMinutes(Long.parseLong(property(properties, "kopru.poll.max-age-minutes", "2880"))));
        poller.setReconcileGrace(Duration.ofSeconds(
                Long.parseLong(property(properties, "kopru.poll.reconcile-grace-seconds", "120"))));
        poller.setResubmitEndpoint(property(properties, "kopru.sms.entry", "direct:sms"));

        context.getRegistry().bind("pendingDeliveryStore", store);
        context.getRegistry().bind("deliveryTracker", new DeliveryTracker(store, Clock.systemUTC()));
        context.getRegistry().bind("deliveryStatusPoller", poller);
        context.getRegistry().bind("iletimerkeziReconciler", new IletimerkeziReconciler(""));
    }

    private static String property(PropertiesComponent properties, String key, String defaultValue) {
        return properties.resolveProperty(key).orElse(defaultValue);
    }
}
