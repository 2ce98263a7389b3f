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
package io.kopru.camel.karaf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.brokerage.BrokerageCall;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziOrder;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.sandbox.restlink.RestlinkMessage;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Boots a real Apache Karaf (the distribution the build unpacked into target/), adds the test-only Camel features
 * repository and the shipped features.xml (unchanged, through its mvn: URL), installs every kopru-* feature whose
 * bundles this build makes (all of them, {@code kopru-iletimerkezi} and {@code kopru-routes} at least), and checks,
 * against the provider simulators this test runs on 127.0.0.1 (iletiMerkezi, Mobildev, Signaport, Restlink,
 * Brokerage):
 * <ol>
 * <li>{@code kopru-routes}, configured through Config Admin ({@code etc/io.kopru.camel.routes.cfg}), runs its own
 * route files and the demo module's demo batch, added by the configuration: the demo message meets an iletiMerkezi that answers 503 (certainly not sent), fails over to Mobildev,
 * which accepts it, and once Mobildev delivers it the Quartz poll publishes the delivery report; its demo documents
 * get a Signaport sign token each;</li>
 * <li>a YAML route file dropped into Karaf (the test bundle's CamelContext, camel-core-osgi finding the components in
 * their bundles) sends an SMS through {@code iletimerkezi:send-sms} and one through {@code restlink:send}, and makes
 * a {@code brokerage:call}; each simulator got its request;</li>
 * <li>a change of the configuration in the Karaf shell ({@code config:property-set}) restarts kopru-routes with the
 * new values, and the first demo message was still sent exactly once, by one provider;</li>
 * <li>the secrets, given to Karaf as environment variables, appear nowhere in Karaf's log.</li>
 * </ol>
 * Karaf is always killed at the end.
 */
class KarafFeaturesIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration INSTALL_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration ROUTE_TIMEOUT = Duration.ofSeconds(90);

    /** The shipped features, which must all be listed once the shipped repository is added. */
    private static final List<String> KOPRU_FEATURES = List.of(
            "kopru-provider-support", "kopru-iletimerkezi", "kopru-mobildev", "kopru-signaport", "kopru-restlink",
            "kopru-brokerage", "kopru-routes");
    /** Installed whatever else this build makes. */
    private static final List<String> MUST_INSTALL = List.of("kopru-iletimerkezi", "kopru-mobildev",
            "kopru-signaport", "kopru-restlink", "kopru-brokerage", "kopru-routes");
    /** The recipient of the YAML route's SMS, and of kopru-routes' demo message before and after the change. */
    private static final String ROUTE_RECIPIENT = "5331234567";
    private static final String DEMO_RECIPIENT = "5321234567";
    private static final String CHANGED_DEMO_RECIPIENT = "5341234567";
    /** kopru-routes' Config Admin PID (etc/io.kopru.camel.routes.cfg). */
    private static final String ROUTES_PID = "io.kopru.camel.routes";
    private static final String SEND_SMS = "/v1/send-sms/json";

    private final long started = System.nanoTime();
    private KarafProcess karaf;
    private ProviderSandbox sandbox;

    @AfterEach
    void tearDown() {
        if (karaf != null) {
            karaf.kill();
            log("Karaf stopped (process tree killed)");
        }
        if (sandbox != null) {
            sandbox.close();
        }
        log("total " + elapsed());
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shippedFeaturesInstallAndTheirRoutesReachTheSandbox() throws Exception {
        String version = property("kopru.project.version");
        Path dist = Paths.get(property("kopru.karaf.dist"));
        Path work = Paths.get(property("kopru.karaf.work"));
        Path itRepo = Paths.get(property("kopru.karaf.repo"));
        Path localRepo = Paths.get(property("kopru.maven.local"));
        Path shippedFeatures = Paths.get(property("kopru.features.file"));
        Path testFeatures = Paths.get(property("kopru.test.features.file"));

        // the shipped features.xml, published where mvn:io.kopru.camel/karaf-features/VERSION/xml/features resolves
        String groupId = property("kopru.project.groupId");
        String artifactId = property("kopru.project.artifactId");
        Path published = itRepo.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + "-features.xml");
        Files.createDirectories(published.getParent());
        Files.copy(shippedFeatures, published, StandardCopyOption.REPLACE_EXISTING);
        String shippedFeaturesUrl = "mvn:" + groupId + "/" + artifactId + "/" + version + "/xml/features";

        // every kopru-* feature all of whose bundles this build made (they are in the test's Maven repository)
        ShippedFeatures features = ShippedFeatures.read(shippedFeatures);
        List<String> install = features.installable(a -> Files.isRegularFile(itRepo.resolve("io/kopru/camel")
                .resolve(a).resolve(version).resolve(a + "-" + version + ".jar")));
        assertTrue(install.containsAll(MUST_INSTALL), "installable: " + install);

        // the providers, outside Karaf, on the loopback interface
        IletimerkeziSimulator iletimerkezi = new IletimerkeziSimulator();
        MobildevSimulator mobildev = new MobildevSimulator();
        SignaportSimulator signaport = new SignaportSimulator();
        RestlinkSimulator restlink = new RestlinkSimulator();
        BrokerageSimulator brokerage = new BrokerageSimulator();
        sandbox = ProviderSandbox.of(iletimerkezi, mobildev, signaport, restlink, brokerage).start();
        Map<Class<?>, String> urls = new LinkedHashMap<>();
        for (SandboxServer server : sandbox.servers()) {
            assertEquals("127.0.0.1", URI.create(server.baseUrl()).getHost(), server.baseUrl());
            urls.put(server.simulator().getClass(), server.baseUrl());
        }
        // the first SMS iletiMerkezi receives, kopru-routes' demo message, is refused: certainly not sent
        SandboxServer iletimerkeziServer = sandbox.server(IletimerkeziSimulator.class);
        iletimerkeziServer.inject(Fault.STATUS_503, SEND_SMS, 1);

        // a fresh Karaf under target/, configured for this build
        Path home = work.resolve("apache-karaf");
        KarafProcess.deleteTree(work);
        KarafProcess.copyTree(dist, home);
        int sshPort = KarafProcess.freePort();
        KarafConfig.configure(home, sshPort, itRepo, localRepo);
        // kopru-routes' configuration (Config Admin PID io.kopru.camel.routes): the providers' addresses, the bundle's
        // route files plus the demo module's demo batch (the library holds no demo), and the demo's recipient; the
        // credentials come from the environment, as application.properties references them
        KarafConfig.writeRoutesConfiguration(home, ROUTES_PID, Map.of(
                "camel.main.routes-include-pattern", routeFilesWithTheDemo(),
                "camel.component.iletimerkezi.base-url", urls.get(IletimerkeziSimulator.class),
                "camel.component.mobildev.base-url", urls.get(MobildevSimulator.class),
                "camel.component.signaport.base-url", urls.get(SignaportSimulator.class),
                "kopru.demo.enabled", "true",
                "kopru.demo.to", DEMO_RECIPIENT,
                "kopru.poll.cron", "0/2+*+*+*+*+?"));
        log("Karaf " + property("kopru.karaf.version") + " prepared in " + home + " (ssh on 127.0.0.1:" + sshPort
                + ", mvn: from " + itRepo + " and " + localRepo + "); simulators at " + urls.values());

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("ILETIMERKEZI_API_KEY", IletimerkeziSimulator.API_KEY);
        secrets.put("ILETIMERKEZI_API_HASH", IletimerkeziSimulator.API_HASH);
        secrets.put("MOBILDEV_API_KEY", MobildevSimulator.API_KEY);
        secrets.put("MOBILDEV_API_SECRET", MobildevSimulator.API_SECRET);
        secrets.put("SIGNAPORT_LICENSE_KEY", SignaportSimulator.LICENSE_KEY);
        secrets.put("SIGNAPORT_PASSWORD", SignaportSimulator.PASSWORD);
        secrets.put("RESTLINK_API_KEY", RestlinkSimulator.API_KEY);
        secrets.put("BROKERAGE_API_KEY", BrokerageSimulator.API_KEY);
        secrets.put("BROKERAGE_SECRET_KEY", BrokerageSimulator.SECRET_KEY);
        karaf = KarafProcess.start(home, sshPort, work.resolve("karaf-console.log"), secrets);
        karaf.awaitBoot(BOOT_TIMEOUT);
        log("Karaf booted (" + elapsed() + ")");

        String out = karaf.shell(INSTALL_TIMEOUT,
                "feature:repo-add " + testFeatures.toUri(),
                "feature:repo-add " + shippedFeaturesUrl,
                "feature:install " + String.join(" ", install) + " kopru-karaf-test-bundle",
                "feature:repo-list",
                "feature:list -i",
                "feature:list | grep kopru-");
        log("features " + install + " installed (" + elapsed() + "):\n" + out);
        for (String feature : KOPRU_FEATURES) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(feature + " ")),
                    "the shipped features.xml should list " + feature);
        }
        // feature:list -i: name | version | required (x when asked for) | state | repository | description
        List<String> installed = out.lines().filter(l -> l.matches("^[a-z][\\w.-]* +\\|[^|]+\\|[^|]*\\| Started .*"))
                .collect(Collectors.toList());
        for (String feature : install) {
            assertTrue(installed.stream().anyMatch(l -> l.startsWith(feature + " ")),
                    feature + " should be installed and started: " + installed);
        }
        for (String camel : List.of("camel-core", "camel-http", "camel-jackson", "camel-jacksonxml",
                "camel-platform-http", "camel-resilience4j", "camel-quartz", "camel-yaml-dsl", "camel-xml-io-dsl")) {
            assertTrue(installed.stream().anyMatch(l -> l.startsWith(camel + " ")),
                    camel + " should come with the kopru features: " + installed);
        }

        String bundles = karaf.shell(Duration.ofSeconds(60), "bundle:list -t 0", "bundle:diag");
        log("bundles:\n" + bundles);
        List<String> notActive = bundles.lines()
                .filter(l -> l.matches("\\s*\\d+ \\|.*"))
                .filter(l -> !l.contains("| Active ") && !l.contains("Hosts:"))
                .collect(Collectors.toList());
        assertTrue(notActive.isEmpty(), "every bundle should be active, but: " + notActive);
        for (String bundle : List.of("Kopru :: Provider Support", "Kopru :: Camel :: iletiMerkezi",
                "Kopru :: Camel :: Mobildev", "Kopru :: Camel :: Signaport", "Kopru :: Camel :: Restlink",
                "Kopru :: Camel :: Brokerage", "Kopru :: Routes")) {
            assertTrue(bundles.lines().anyMatch(l -> l.contains("| Active ") && l.contains(bundle)), bundle + " active");
        }

        // 1. kopru-routes: the demo message fails over (iletiMerkezi 503) to Mobildev, then its delivery report
        await("kopru-routes to start", ROUTE_TIMEOUT,
                () -> nonEmpty(karaf.logLines(l -> l.contains("Kopru routes started in CamelContext kopru"))));
        MobildevMessage demo = await("kopru-routes' demo message, failed over to Mobildev", ROUTE_TIMEOUT,
                () -> mobildev.acceptedMessages().stream()
                        .filter(m -> m.numbers().stream().anyMatch(n -> n.endsWith(DEMO_RECIPIENT))).findFirst());
        log("Mobildev accepted message " + demo.id + " from kopru-routes: " + demo.texts() + " to " + demo.numbers()
                + " (" + elapsed() + ")");
        assertTrue(demo.texts().get(0).startsWith("Köprü demo mesajı"), demo.texts().toString());
        assertEquals(1, iletimerkeziServer.requestCount(SEND_SMS), "iletiMerkezi was asked once, and refused (503)");
        assertTrue(iletimerkezi.acceptedOrders().isEmpty(), "iletiMerkezi accepted nothing");
        assertFalse(karaf.logLines(l -> l.contains("did not send") && l.contains("failing over to mobildev:send"))
                .isEmpty(), "sms-send.yaml logged the failover");
        mobildev.deliverAll();
        List<String> reports = await("kopru-routes' delivery report for Mobildev message " + demo.id, ROUTE_TIMEOUT,
                () -> nonEmpty(karaf.logLines(l -> l.contains("delivery report: DeliveryReport[provider=mobildev, messageId="
                        + demo.id) && l.contains("status=DELIVERED"))));
        log("karaf.log: " + reports);
        // ... and its demo documents, each with a sign token of its own from Signaport
        List<String> signed = await("kopru-routes' two demo documents with sign tokens", ROUTE_TIMEOUT,
                () -> karaf.logLines(l -> l.contains("has a fresh sign token until")).size() >= 2
                        ? Optional.of(karaf.logLines(l -> l.contains("has a fresh sign token until"))) : Optional.empty());
        log("karaf.log: " + signed);
        assertTrue(signaport.issuedSignTokens().size() >= 2, "sign tokens issued: " + signaport.issuedSignTokens().size());

        // 2. a YAML route file, loaded by the test bundle's CamelContext: iletimerkezi:, restlink:, brokerage:
        String code = UUID.randomUUID().toString().substring(0, 8);
        String iletimerkeziText = "Karaf'tan merhaba, kod " + code;
        String restlinkText = "Karaf'tan Restlink ile merhaba, kod " + code;
        Path routes = home.resolve("routes");
        Files.createDirectories(routes);
        Path tmp = work.resolve("kopru-karaf-it.yaml.tmp");
        Files.writeString(tmp, yamlRoutes(urls, iletimerkeziText, restlinkText, code), StandardCharsets.UTF_8);
        Files.move(tmp, routes.resolve("kopru-karaf-it.yaml"), StandardCopyOption.ATOMIC_MOVE);
        log("route file deployed to " + routes.resolve("kopru-karaf-it.yaml"));

        IletimerkeziOrder order = await("iletiMerkezi to accept the YAML route's SMS", ROUTE_TIMEOUT,
                () -> iletimerkezi.acceptedOrders().stream()
                        .filter(o -> o.parts.stream().anyMatch(p -> p.text.equals(iletimerkeziText))).findFirst());
        log("iletiMerkezi accepted order " + order.id + " from the YAML route: sender " + order.sender
                + ", recipients " + order.parts.get(0).recipients + " (" + elapsed() + ")");
        assertEquals(IletimerkeziSimulator.API_KEY, order.accountKey);
        assertEquals("KOPRU", order.sender);
        assertEquals(List.of("+90" + ROUTE_RECIPIENT), order.parts.get(0).recipients);
        await("the route to log the iletiMerkezi order id", Duration.ofSeconds(15),
                () -> nonEmpty(karaf.logLines(l -> l.contains("kopru-karaf-it: iletiMerkezi order " + order.id))));

        RestlinkMessage sms = await("Restlink to accept the YAML route's SMS", ROUTE_TIMEOUT,
                () -> restlink.acceptedMessages().stream().filter(m -> m.text.equals(restlinkText)).findFirst());
        log("Restlink accepted message " + sms.id + " to " + sms.to + " (" + sms.authentication + ")");
        assertTrue(sms.to.stream().anyMatch(n -> n.endsWith(ROUTE_RECIPIENT)), sms.to.toString());
        await("the route to log the Restlink message id", Duration.ofSeconds(15),
                () -> nonEmpty(karaf.logLines(l -> l.contains("kopru-karaf-it: Restlink message " + sms.id))));

        BrokerageCall call = await("Brokerage to receive the YAML route's call", ROUTE_TIMEOUT,
                () -> brokerage.calls().stream().filter(c -> c.body != null && c.body.contains(code)).findFirst());
        log("Brokerage received " + call.method + " " + call.path + " with a bearer token: " + (call.bearerToken != null));
        assertEquals("POST", call.method);
        assertEquals("/orders", call.path);
        assertNotNull(call.bearerToken, "the producer obtained and sent an access token");
        assertTrue(brokerage.authentications() >= 1, "the producer authenticated");
        await("the route to log the Brokerage answer", Duration.ofSeconds(15),
                () -> nonEmpty(karaf.logLines(l -> l.contains("kopru-karaf-it: Brokerage order created (201)"))));

        // 3. a change of the configuration in the Karaf shell restarts kopru-routes with the new values
        karaf.shell(Duration.ofSeconds(60), "config:edit " + ROUTES_PID,
                "config:property-set kopru.demo.to " + CHANGED_DEMO_RECIPIENT, "config:update");
        IletimerkeziOrder changed = await("kopru-routes' demo message to the recipient set with config:property-set",
                ROUTE_TIMEOUT, () -> iletimerkezi.acceptedOrders().stream()
                        .filter(o -> o.parts.get(0).recipients.contains("+90" + CHANGED_DEMO_RECIPIENT)).findFirst());
        log("after config:update, iletiMerkezi accepted order " + changed.id + " to " + changed.parts.get(0).recipients
                + " (" + elapsed() + ")");
        assertTrue(karaf.logLines(l -> l.contains("Kopru routes stopped")).size() >= 1, "the old context stopped");
        long firstDemoSends = iletimerkezi.acceptedOrders().stream()
                .filter(o -> o.parts.get(0).recipients.contains("+90" + DEMO_RECIPIENT)).count()
                + mobildev.acceptedMessages().stream()
                .filter(m -> m.numbers().stream().anyMatch(n -> n.endsWith(DEMO_RECIPIENT))).count();
        assertEquals(1, firstDemoSends, "the first demo message was accepted once, by one provider");

        // 4. the secrets: given to Karaf only through its environment, never written to its log
        for (String secret : List.of(IletimerkeziSimulator.API_HASH, MobildevSimulator.API_SECRET,
                SignaportSimulator.PASSWORD, RestlinkSimulator.API_KEY, BrokerageSimulator.SECRET_KEY)) {
            List<String> leaks = karaf.logLines(l -> l.contains(secret));
            assertTrue(leaks.isEmpty(), "a secret appears in karaf.log: " + leaks);
        }
        log("requests: iletiMerkezi " + iletimerkeziServer.requestCount() + ", Mobildev "
                + sandbox.server(MobildevSimulator.class).requestCount() + ", Signaport "
                + sandbox.server(SignaportSimulator.class).requestCount() + ", Restlink "
                + sandbox.server(RestlinkSimulator.class).requestCount() + ", Brokerage "
                + sandbox.server(BrokerageSimulator.class).requestCount());
    }

    /**
     * The routes bundle's own route files, each as the activator names them ({@code classpath:camel/<file>}), and the
     * demo module's {@code camel/demo.yaml} from the build's tree ({@code file:}), as a user adds route files of their
     * own to kopru-routes.
     */
    private static String routeFilesWithTheDemo() throws IOException {
        List<String> files = new ArrayList<>();
        try (var library = Files.list(Paths.get("..", "routes", "src", "main", "resources", "camel"))) {
            library.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml") || f.endsWith(".xml"))
                    .sorted().forEach(f -> files.add("classpath:camel/" + f));
        }
        Path demo = Paths.get("..", "demo", "src", "main", "resources", "camel", "demo.yaml").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(demo), demo.toString());
        files.add("file:" + demo);
        return String.join(",", files);
    }

    /**
     * The route file deployed into Karaf: three routes that each run once. An SMS to {@value #ROUTE_RECIPIENT}
     * through {@code iletimerkezi:send-sms} and one through {@code restlink:send}, and a {@code brokerage:call}
     * creating an order; the credentials taken from Karaf's environment by Camel's {@code env:} placeholders, the
     * providers' addresses written in.
     */
    private static String yamlRoutes(Map<Class<?>, String> urls, String iletimerkeziText, String restlinkText,
                                     String code) {
        List<String> lines = new ArrayList<>(List.of("# deployed by KarafFeaturesIT into ${karaf.base}/routes"));
        lines.addAll(routeOnce("kopru-karaf-it-iletimerkezi", sms(iletimerkeziText),
                "        - to:",
                "            uri: iletimerkezi:send-sms",
                "            parameters:",
                "              apiKey: \"{{env:ILETIMERKEZI_API_KEY}}\"",
                "              secretKey: \"{{env:ILETIMERKEZI_API_HASH}}\"",
                "              sender: KOPRU",
                "              baseUrl: \"" + urls.get(IletimerkeziSimulator.class) + "\"",
                "        - log: \"kopru-karaf-it: iletiMerkezi order ${header.CamelSmsMessageId} accepted\""));
        lines.addAll(routeOnce("kopru-karaf-it-restlink", sms(restlinkText),
                "        - to:",
                "            uri: restlink:send",
                "            parameters:",
                "              apiKey: \"{{env:RESTLINK_API_KEY}}\"",
                "              baseUrl: \"" + urls.get(RestlinkSimulator.class) + "\"",
                "        - log: \"kopru-karaf-it: Restlink message ${header.CamelSmsMessageId} accepted\""));
        lines.addAll(routeOnce("kopru-karaf-it-brokerage", List.of(
                        "        - setBody:",
                        "            constant: '{\"symbol\":\"THYAO\",\"quantity\":10,\"clientRef\":\"" + code + "\"}'"),
                "        - to:",
                "            uri: brokerage:call",
                "            parameters:",
                "              path: /orders",
                "              httpMethod: POST",
                "              apiKey: \"{{env:BROKERAGE_API_KEY}}\"",
                "              secretKey: \"{{env:BROKERAGE_SECRET_KEY}}\"",
                "              baseUrl: \"" + urls.get(BrokerageSimulator.class) + "\"",
                "        - log: \"kopru-karaf-it: Brokerage order created (${header.CamelHttpResponseCode}): ${body}\""));
        lines.add("");
        return String.join("\n", lines);
    }

    /** A route that runs once, as soon as it starts: a timer, the {@code first} steps, then the {@code rest}. */
    private static List<String> routeOnce(String id, List<String> first, String... rest) {
        List<String> lines = new ArrayList<>(List.of(
                "- route:",
                "    id: " + id,
                "    from:",
                "      uri: timer:" + id,
                "      parameters:",
                "        repeatCount: 1",
                "      steps:"));
        lines.addAll(first);
        lines.addAll(List.of(rest));
        return lines;
    }

    /** The steps that make an SMS to {@value #ROUTE_RECIPIENT} with this text: the CamelSmsTo header and the body. */
    private static List<String> sms(String text) {
        return List.of(
                "        - setHeader:",
                "            name: CamelSmsTo",
                "            constant: \"" + ROUTE_RECIPIENT + "\"",
                "        - setBody:",
                "            constant: \"" + text + "\"");
    }

    private static Optional<List<String>> nonEmpty(List<String> lines) {
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines);
    }

    /** Polls until the supplier has a value; fails with Karaf's log after the timeout. */
    private <T> T await(String what, Duration timeout, Supplier<Optional<T>> supplier) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = supplier.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(250);
        }
        fail("waited " + timeout + " for " + what + "; karaf.log:\n" + karaf.logTail(120));
        return null;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "system property " + name + " (set by the pom's failsafe configuration)");
        return value;
    }

    private String elapsed() {
        return Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s";
    }

    private static void log(String message) {
        System.out.println("[KarafFeaturesIT] " + message);
    }

    static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e + ")");
        }
    }
}
