package io.kopru.camel.karaf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziOrder;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Boots a real Apache Karaf (the distribution the build unpacked into target/), adds the test-only Camel features
 * repository and the shipped features.xml (unchanged, through its mvn: URL), installs every kopru-* feature whose
 * bundles this build makes ({@code kopru-iletimerkezi} and {@code kopru-routes} at least), and checks, against the
 * iletiMerkezi and Signaport simulators this test runs on 127.0.0.1:
 * <ol>
 * <li>a YAML route file dropped into Karaf sends an SMS through {@code iletimerkezi:send-sms} (the test bundle's
 * CamelContext, camel-core-osgi finding the component in its bundle), and the simulator accepted it;</li>
 * <li>the {@code kopru-routes} bundle, configured through Config Admin ({@code etc/io.kopru.camel.routes.cfg}),
 * runs its own route files: its demo message goes through the failover route to the simulator, and once the
 * simulator delivers it, the Quartz poll publishes the delivery report; its demo documents get a Signaport sign
 * token each (kopru-signaport, against the Signaport simulator); a change of the configuration in the Karaf
 * shell ({@code config:property-set}) restarts them with the new values;</li>
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
    private static final List<String> MUST_INSTALL = List.of("kopru-iletimerkezi", "kopru-signaport", "kopru-routes");
    /** The recipient of the YAML route's SMS, and of kopru-routes' demo message. */
    private static final String ROUTE_RECIPIENT = "5331234567";
    private static final String DEMO_RECIPIENT = "5321234567";
    private static final String CHANGED_DEMO_RECIPIENT = "5341234567";
    /** kopru-routes' Config Admin PID (etc/io.kopru.camel.routes.cfg). */
    private static final String ROUTES_PID = "io.kopru.camel.routes";

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
    void shippedFeaturesInstallAndTheirRoutesSendSmsToTheSandbox() throws Exception {
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
        IletimerkeziSimulator simulator = new IletimerkeziSimulator();
        SignaportSimulator signaport = new SignaportSimulator();
        sandbox = ProviderSandbox.of(simulator, signaport).start();
        String baseUrl = sandbox.baseUrl(IletimerkeziSimulator.class);
        String signaportUrl = sandbox.baseUrl(SignaportSimulator.class);
        assertEquals("127.0.0.1", URI.create(baseUrl).getHost(), baseUrl);
        assertEquals("127.0.0.1", URI.create(signaportUrl).getHost(), signaportUrl);
        SandboxServer server = sandbox.server(IletimerkeziSimulator.class);

        // a fresh Karaf under target/, configured for this build
        Path home = work.resolve("apache-karaf");
        KarafProcess.deleteTree(work);
        KarafProcess.copyTree(dist, home);
        int sshPort = KarafProcess.freePort();
        KarafConfig.configure(home, sshPort, itRepo, localRepo);
        // kopru-routes' configuration (Config Admin PID io.kopru.camel.routes): the providers' addresses and the
        // demo; the credentials come from the environment, as application.properties references them
        KarafConfig.writeRoutesConfiguration(home, ROUTES_PID, Map.of(
                "camel.component.iletimerkezi.base-url", baseUrl,
                "camel.component.signaport.base-url", signaportUrl,
                "kopru.demo.enabled", "true",
                "kopru.demo.to", DEMO_RECIPIENT,
                "kopru.poll.cron", "0/2+*+*+*+*+?"));
        log("Karaf " + property("kopru.karaf.version") + " prepared in " + home + " (ssh on 127.0.0.1:" + sshPort
                + ", mvn: from " + itRepo + " and " + localRepo + "); iletiMerkezi simulator at " + baseUrl
                + ", Signaport simulator at " + signaportUrl);

        karaf = KarafProcess.start(home, sshPort, work.resolve("karaf-console.log"), Map.of(
                "ILETIMERKEZI_API_KEY", IletimerkeziSimulator.API_KEY,
                "ILETIMERKEZI_API_HASH", IletimerkeziSimulator.API_HASH,
                "SIGNAPORT_LICENSE_KEY", SignaportSimulator.LICENSE_KEY,
                "SIGNAPORT_PASSWORD", SignaportSimulator.PASSWORD));
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
            assertTrue(installed.stream().anyMatch(l -> l.startsWith(feature + " ") && l.contains("Started")),
                    feature + " should be installed and started: " + installed);
        }
        for (String camel : List.of("camel-core", "camel-http", "camel-jackson", "camel-resilience4j", "camel-quartz",
                "camel-yaml-dsl", "camel-xml-io-dsl")) {
            assertTrue(installed.stream().anyMatch(l -> l.startsWith(camel + " ") && l.contains("Started")),
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
                "Kopru :: Camel :: Signaport", "Kopru :: Routes")) {
            assertTrue(bundles.lines().anyMatch(l -> l.contains("| Active ") && l.contains(bundle)), bundle + " active");
        }

        // 1. a YAML route file, loaded by the test bundle's CamelContext, sends an SMS through iletimerkezi:send-sms
        String text = "Karaf'tan merhaba, kod " + UUID.randomUUID().toString().substring(0, 8);
        Path routes = home.resolve("routes");
        Files.createDirectories(routes);
        Path tmp = work.resolve("kopru-karaf-it.yaml.tmp");
        Files.writeString(tmp, yamlRoute(baseUrl, text), StandardCharsets.UTF_8);
        Files.move(tmp, routes.resolve("kopru-karaf-it.yaml"), StandardCopyOption.ATOMIC_MOVE);
        log("route file deployed to " + routes.resolve("kopru-karaf-it.yaml"));

        IletimerkeziOrder order = await("the simulator to accept the YAML route's SMS", ROUTE_TIMEOUT,
                () -> orderWith(simulator, text));
        log("simulator accepted order " + order.id + " from the YAML route: sender " + order.sender + ", recipients "
                + order.parts.get(0).recipients + " (" + elapsed() + ")");
        assertEquals(IletimerkeziSimulator.API_KEY, order.accountKey);
        assertEquals("KOPRU", order.sender);
        assertEquals(List.of("+90" + ROUTE_RECIPIENT), order.parts.get(0).recipients);
        List<String> routeLines = await("the route to log the order id", Duration.ofSeconds(15),
                () -> nonEmpty(karaf.logLines(l -> l.contains("kopru-karaf-it: iletiMerkezi order " + order.id))));
        log("karaf.log: " + routeLines);

        // 2. kopru-routes: its demo message through the failover route, then the delivery report from the poll
        IletimerkeziOrder demo = await("kopru-routes' demo message at the simulator", ROUTE_TIMEOUT,
                () -> simulator.acceptedOrders().stream()
                        .filter(o -> o.parts.get(0).recipients.contains("+90" + DEMO_RECIPIENT)).findFirst());
        log("simulator accepted order " + demo.id + " from kopru-routes: '" + demo.parts.get(0).text + "' ("
                + elapsed() + ")");
        assertTrue(demo.parts.get(0).text.startsWith("Köprü demo mesajı"), demo.parts.get(0).text);
        assertEquals("ACME", demo.sender, "application.properties' default sender");
        simulator.deliverAll();
        List<String> reports = await("kopru-routes' delivery report for order " + demo.id, ROUTE_TIMEOUT,
                () -> nonEmpty(karaf.logLines(l -> l.contains("delivery report: DeliveryReport[provider=iletimerkezi, messageId="
                        + demo.id) && l.contains("status=DELIVERED"))));
        log("karaf.log: " + reports);
        assertTrue(karaf.logLines(l -> l.contains("Kopru routes started in CamelContext kopru")).size() >= 1,
                "kopru-routes' activator started its CamelContext");
        // ... and its demo documents, each with a sign token of its own from Signaport
        List<String> signed = await("kopru-routes' two demo documents with sign tokens", ROUTE_TIMEOUT,
                () -> karaf.logLines(l -> l.contains("has a fresh sign token until")).size() >= 2
                        ? Optional.of(karaf.logLines(l -> l.contains("has a fresh sign token until"))) : Optional.empty());
        log("karaf.log: " + signed);
        assertTrue(signaport.issuedSignTokens().size() >= 2, "sign tokens issued: " + signaport.issuedSignTokens().size());

        // a change of the configuration in the Karaf shell restarts kopru-routes with the new values
        karaf.shell(Duration.ofSeconds(60), "config:edit " + ROUTES_PID,
                "config:property-set kopru.demo.to " + CHANGED_DEMO_RECIPIENT, "config:update");
        IletimerkeziOrder changed = await("kopru-routes' demo message to the recipient set with config:property-set",
                ROUTE_TIMEOUT, () -> simulator.acceptedOrders().stream()
                        .filter(o -> o.parts.get(0).recipients.contains("+90" + CHANGED_DEMO_RECIPIENT)).findFirst());
        log("after config:update, simulator accepted order " + changed.id + " to " + changed.parts.get(0).recipients
                + " (" + elapsed() + ")");
        assertTrue(karaf.logLines(l -> l.contains("Kopru routes stopped")).size() >= 1, "the old context stopped");
        assertEquals(1, simulator.acceptedOrders().stream()
                .filter(o -> o.parts.get(0).recipients.contains("+90" + DEMO_RECIPIENT)).count(),
                "the first configuration's demo message was sent once");

        // 3. the secrets: given to Karaf only through its environment, never written to its log
        for (String secret : List.of(IletimerkeziSimulator.API_HASH, SignaportSimulator.PASSWORD)) {
            List<String> leaks = karaf.logLines(l -> l.contains(secret));
            assertTrue(leaks.isEmpty(), "a secret appears in karaf.log: " + leaks);
        }

        log("simulator: " + server.requestCount() + " requests, " + simulator.acceptedOrders().size()
                + " accepted orders");
    }

    /**
     * The YAML route deployed into Karaf: once, an SMS to {@value #ROUTE_RECIPIENT} through
     * {@code iletimerkezi:send-sms}, the credentials taken from Karaf's environment by Camel's {@code env:}
     * placeholders, the provider's address written in.
     */
    private static String yamlRoute(String baseUrl, String text) {
        return String.join("\n",
                "# deployed by KarafFeaturesIT into ${karaf.base}/routes",
                "- route:",
                "    id: kopru-karaf-it",
                "    from:",
                "      uri: timer:kopru-karaf-it",
                "      parameters:",
                "        repeatCount: 1",
                "      steps:",
                "        - setHeader:",
                "            name: CamelSmsTo",
                "            constant: \"" + ROUTE_RECIPIENT + "\"",
                "        - setBody:",
                "            constant: \"" + text + "\"",
                "        - to:",
                "            uri: iletimerkezi:send-sms",
                "            parameters:",
                "              apiKey: \"{{env:ILETIMERKEZI_API_KEY}}\"",
                "              secretKey: \"{{env:ILETIMERKEZI_API_HASH}}\"",
                "              sender: KOPRU",
                "              baseUrl: \"" + baseUrl + "\"",
                "        - log: \"kopru-karaf-it: iletiMerkezi order ${header.CamelSmsMessageId} accepted\"",
                "");
    }

    private static Optional<IletimerkeziOrder> orderWith(IletimerkeziSimulator simulator, String text) {
        return simulator.acceptedOrders().stream().filter(o -> o.parts.stream().anyMatch(p -> p.text.equals(text)))
                .findFirst();
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
