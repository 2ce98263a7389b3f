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

import io.kopru.camel.routes.KopruBeans;

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxMain;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The main job: a Camel Main application that loads the routes library's YAML and XML routes under {@code camel/} and
 * this module's demo batch ({@code camel/demo.yaml}). Given real
 * credentials through the environment ({@code ILETIMERKEZI_API_KEY} and {@code ILETIMERKEZI_API_HASH}) it talks to
 * the real providers; without them it starts the embedded provider sandbox, points the components at it, and sends a
 * small demo batch, some of it made to fail over or to time out. {@code -Dcamel.main.durationMaxSeconds=60} makes it
 * stop by itself. It serves its metrics (Prometheus) and health on Camel Main's management server, prints their URLs
 * once started, and prints a {@link DemoSummary} per provider when it stops.
 */
public final class KopruDemo {

    /** What the printed URL lines start with (the tests read them). */
    static final String METRICS_LINE = "Metrics (Prometheus): ";
    static final String HEALTH_LINE = "Health: ";

    /**
     * The management server's defaults, each overridden by a system property of the same name: Micrometer with its
     * Prometheus registry, and the metrics and health on loopback at a free port (printed at start), so that the main
     * job starts on any machine; {@code -Dcamel.management.port=9876} makes the port fixed. Camel's exchange event
     * notifier stays off: it times a ProducerTemplate's exchanges (the poller's) without a routeId tag, which the
     * Prometheus registry refuses with a warning, since the routed exchanges carry one.
     */
    static final Map<String, String> OBSERVABILITY = Map.of(
            "camel.metrics.enabled", "true",
            "camel.metrics.enableExchangeEventNotifier", "false",
            "camel.management.enabled", "true",
            "camel.management.metricsEnabled", "true",
            "camel.management.healthCheckEnabled", "true",
            "camel.management.host", "127.0.0.1",
            "camel.management.port", "0");

    private KopruDemo() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        ProviderSandbox sandbox = null;
        Properties properties = new Properties();
        properties.setProperty("kopru.demo.to", env.getOrDefault("KOPRU_DEMO_TO", "5321234567"));
        if (env.get("ILETIMERKEZI_API_KEY") == null) {
            sandbox = ProviderSandbox.all(0).start();
            System.out.println(SandboxMain.describe(sandbox));
            properties.putAll(sandboxProperties(sandbox));
            injectDemoFaults(sandbox);
        }
        OBSERVABILITY.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                properties.setProperty(key, value);
            }
        });
        Main main = new Main(KopruDemo.class);
        // the beans of the routes library (Camel Main scans only this class's package)
        main.configure().addConfiguration(new KopruBeans());
        main.setOverrideProperties(properties);
        DemoSummary summary = new DemoSummary(System.out);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport configuring) {
                // before the context starts: Camel decides then whether it emits exchange events at all
                configuring.getCamelContext().getManagementStrategy().addEventNotifier(summary);
            }

            @Override
            public void afterStart(BaseMainSupport started) {
                printObservabilityUrls(started.getCamelContext());
            }
        });
        try {
            main.run(args);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** The URLs of the management server's metrics and health, with the port it bound. */
    static void printObservabilityUrls(CamelContext context) {
        for (VertxPlatformHttpServer server : context.hasServices(VertxPlatformHttpServer.class)) {
            if (server.getServer() == null) {
                continue;
            }
            String host = context.resolvePropertyPlaceholders("{{camel.management.host:127.0.0.1}}");
            String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":"
                          + server.getServer().actualPort();
            System.out.println(METRICS_LINE + base
                               + context.resolvePropertyPlaceholders("{{camel.metrics.path:/observe/metrics}}"));
            System.out.println(HEALTH_LINE + base
                               + context.resolvePropertyPlaceholders("{{camel.management.healthPath:/observe/health}}"));
        }
    }

    /** Points every component at its simulator, with the simulator's test credentials, and turns the demo on. */
    static Properties sandboxProperties(ProviderSandbox sandbox) {
        Properties p = new Properties();
        p.setProperty("kopru.demo.enabled", "true");
        p.setProperty("kopru.demo.to", "5321234567,5331234567,5341234567,5351234567,5321234599,5361234567");
        p.setProperty("kopru.poll.cron", "0/2+*+*+*+*+?");
        p.setProperty("camel.component.iletimerkezi.base-url", sandbox.baseUrl(IletimerkeziSimulator.class));
        p.setProperty("camel.component.iletimerkezi.response-timeout", "2000");
        p.setProperty("iletimerkezi.api-key", IletimerkeziSimulator.API_KEY);
        p.setProperty("iletimerkezi.secret-key", IletimerkeziSimulator.API_HASH);
        p.setProperty("camel.component.mobildev.base-url", sandbox.baseUrl(MobildevSimulator.class));
        p.setProperty("mobildev.api-key", MobildevSimulator.API_KEY);
        p.setProperty("mobildev.secret-key", MobildevSimulator.API_SECRET);
        p.setProperty("camel.component.signaport.base-url", sandbox.baseUrl(SignaportSimulator.class));
        p.setProperty("signaport.license-key", SignaportSimulator.LICENSE_KEY);
        p.setProperty("signaport.password", SignaportSimulator.PASSWORD);
        return p;
    }

    /**
     * The demo's trouble: the primary (iletiMerkezi) refuses the first two messages (HTTP 503, certainly not sent: they
     * fail over to Mobildev), and accepts the next but answers too late (the outcome is unknown: it is parked, then
     * reconciled by the poll, never sent again).
     */
    static void injectDemoFaults(ProviderSandbox sandbox) {
        SandboxServer primary = sandbox.server(IletimerkeziSimulator.class);
        primary.setSlowDelay(Duration.ofSeconds(3));
        primary.inject(Fault.STATUS_503, "/v1/send-sms", 2);
        primary.inject(Fault.SLOW_RESPONSE, "/v1/send-sms", 1);
    }
}
