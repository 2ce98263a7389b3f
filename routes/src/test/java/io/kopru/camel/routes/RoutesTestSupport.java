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

import io.kopru.camel.component.iletimerkezi.IletimerkeziComponent;
import io.kopru.camel.routes.outbox.ReportOutbox;
import io.kopru.camel.routes.pending.PendingDeliveryStore;
import io.kopru.camel.routes.poll.DeliveryStatusPoller;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.sms.DeliveryReport;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the actual route files of src/main/resources/camel (not copies) in Camel Main, with the primary provider
 * (iletiMerkezi) and the secondary (Mobildev) each on a sandbox of its own.
 */
abstract class RoutesTestSupport {

    protected ProviderSandbox primarySandbox;
    protected ProviderSandbox secondarySandbox;
    protected IletimerkeziSimulator primary;
    protected MobildevSimulator secondary;
    protected SandboxServer primaryServer;
    protected SandboxServer secondaryServer;
    protected Main main;
    protected CamelContext context;
    protected ProducerTemplate template;
    protected final List<DeliveryReport> reports = new CopyOnWriteArrayList<>();
    /** The CamelSmsReportId header of each report, in the order published. */
    protected final List<String> reportIds = new CopyOnWriteArrayList<>();

    /** Extra properties of a test. */
    protected void configure(Properties properties) {
    }

    /** Extra beans of a test, bound before the routes start. */
    protected void bind(Main main) {
    }

    @BeforeEach
    void startRoutes() throws Exception {
        primary = new IletimerkeziSimulator();
        secondary = new MobildevSimulator();
        primarySandbox = ProviderSandbox.of(primary).start();
        secondarySandbox = ProviderSandbox.of(secondary).start();
        primaryServer = primarySandbox.server(IletimerkeziSimulator.class);
        secondaryServer = secondarySandbox.server(MobildevSimulator.class);

        Properties p = new Properties();
        p.setProperty("camel.main.routes-include-pattern",
                "classpath:camel/sms-send.yaml,classpath:camel/provider-status.yaml,classpath:camel/delivery-poll.xml");
        // application.properties configures the iletimerkezi component from these
        p.setProperty("iletimerkezi.api-key", IletimerkeziSimulator.API_KEY);
        p.setProperty("iletimerkezi.secret-key", IletimerkeziSimulator.API_HASH);
        p.setProperty("mobildev.api-key", MobildevSimulator.API_KEY);
        p.setProperty("mobildev.secret-key", MobildevSimulator.API_SECRET);
        p.setProperty("camel.component.mobildev.base-url", secondarySandbox.baseUrl(MobildevSimulator.class));
        p.setProperty("camel.component.mobildev.response-timeout", "1000");
        p.setProperty("kopru.sms.entry", "direct:sms");
        p.setProperty("kopru.sms.primary", "iletimerkezi:send-sms");
        p.setProperty("kopru.sms.secondary", "mobildev:send");
        p.setProperty("kopru.poll.cron", "0/1+*+*+*+*+?");
        p.setProperty("kopru.reports.endpoint", "direct:test-reports");
        p.setProperty("kopru.poll.reconcile-grace-seconds", "30");
        configure(p);

        main = new Main();
        main.setOverrideProperties(p);
        main.bind("iletimerkezi", component(primarySandbox));
        bind(main);
        main.configure().addConfiguration(new KopruBeans());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:test-reports").process(e -> {
                    reports.add(e.getMessage().getBody(DeliveryReport.class));
                    reportIds.add(e.getMessage().getHeader(ReportOutbox.REPORT_ID, String.class));
                });
            }
        });
        main.start();
        context = main.getCamelContext();
        template = context.createProducerTemplate();
    }

    private static IletimerkeziComponent component(ProviderSandbox sandbox) {
        IletimerkeziComponent c = new IletimerkeziComponent();
        c.getConfiguration().setApiKey(IletimerkeziSimulator.API_KEY);
        c.getConfiguration().setSecretKey(IletimerkeziSimulator.API_HASH);
        c.getConfiguration().setBaseUrl(sandbox.baseUrl(IletimerkeziSimulator.class));
        c.getConfiguration().setSender("ACME");
        c.getConfiguration().setResponseTimeout(1000);
        return c;
    }

    @AfterEach
    void stopRoutes() {
        main.stop();
        primarySandbox.close();
        secondarySandbox.close();
        afterStop();
    }

    /** After the routes stopped: what a test started for them, to close. */
    protected void afterStop() {
    }

    protected PendingDeliveryStore store() {
        return context.getRegistry().lookupByNameAndType("pendingDeliveryStore", PendingDeliveryStore.class);
    }

    protected DeliveryStatusPoller poller() {
        return context.getRegistry().lookupByNameAndType("deliveryStatusPoller", DeliveryStatusPoller.class);
    }
}
