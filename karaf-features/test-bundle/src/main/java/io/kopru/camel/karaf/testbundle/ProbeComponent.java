package io.kopru.camel.karaf.testbundle;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.ProcessorEndpoint;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code kopru-probe:anything}: stamps the message with where it runs (this bundle and the Karaf version), so a
 * test outside Karaf can tell that the route ran inside it and that camel-core-osgi's activator found this
 * component through the bundle's {@code META-INF/services/org/apache/camel/component/kopru-probe} file, the way
 * it will find the real components.
 */
public class ProbeComponent extends DefaultComponent {

    public static final String BUNDLE_HEADER = "X-Kopru-Probe-Bundle";
    public static final String KARAF_VERSION_HEADER = "X-Kopru-Probe-Karaf";

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        Bundle bundle = FrameworkUtil.getBundle(ProbeComponent.class);
        String where = bundle == null ? "no-bundle" : bundle.getSymbolicName() + "/" + bundle.getVersion();
        String karaf = String.valueOf(System.getProperty("karaf.version"));
        return new ProcessorEndpoint(uri, this, exchange -> {
            exchange.getMessage().setHeader(BUNDLE_HEADER, where);
            exchange.getMessage().setHeader(KARAF_VERSION_HEADER, karaf);
        });
    }
}
