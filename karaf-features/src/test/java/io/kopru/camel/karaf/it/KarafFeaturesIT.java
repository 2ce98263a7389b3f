package io.kopru.camel.karaf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Boots a real Apache Karaf (the distribution the build unpacked into target/), adds the test-only Camel features
 * repository and the shipped features.xml (unchanged, through its mvn: URL), installs the Camel features under
 * camel-karaf's names plus the test bundle, deploys a YAML DSL route file and checks that the route, running
 * inside Karaf, called an HTTP server this test runs on 127.0.0.1. Karaf is always killed at the end.
 */
class KarafFeaturesIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration INSTALL_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration ROUTE_TIMEOUT = Duration.ofSeconds(90);

    /** Camel features (camel-karaf's names) installed from the test repository, beyond what the route needs. */
    private static final List<String> CAMEL_FEATURES = List.of(
            "camel-core", "camel-http", "camel-jackson", "camel-jacksonxml", "camel-quartz", "camel-yaml-dsl",
            "camel-xml-io-dsl");
    /** The shipped features, which must all be listed once the shipped repository is added. */
    private static final List<String> KOPRU_FEATURES = List.of(
            "kopru-provider-support", "kopru-iletimerkezi", "kopru-mobildev", "kopru-signaport", "kopru-restlink",
            "kopru-brokerage", "kopru-routes");
    /**
     * Shipped features to install as well: none yet, since their bundles are not built by this reactor yet.
     * Add each one (and its module to the pom's dependencies) as the module lands; or pass
     * -Dkopru.karaf.install=kopru-iletimerkezi,...
     */
    private static final String KOPRU_INSTALL = System.getProperty("kopru.karaf.install", "");

    private final long started = System.nanoTime();
    private KarafProcess karaf;
    private HttpServer server;

    @AfterEach
    void tearDown() {
        if (karaf != null) {
            karaf.kill();
            log("Karaf stopped (process tree killed)");
        }
        if (server != null) {
            server.stop(0);
        }
        log("total " + elapsed());
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shippedFeaturesLoadAndYamlRouteRunsInsideKaraf() throws Exception {
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

        // the HTTP server the route calls
        BlockingQueue<ReceivedRequest> received = new LinkedBlockingQueue<>();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().entrySet().stream().collect(
                            Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue()))),
                    new String(body, StandardCharsets.UTF_8)));
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        int httpPort = server.getAddress().getPort();

        // a fresh Karaf under target/, configured for this build
        Path home = work.resolve("apache-karaf");
        KarafProcess.deleteTree(work);
        KarafProcess.copyTree(dist, home);
        int sshPort = KarafProcess.freePort();
        KarafConfig.configure(home, sshPort, itRepo, localRepo);
        log("Karaf " + property("kopru.karaf.version") + " prepared in " + home + " (ssh on 127.0.0.1:" + sshPort
                + ", mvn: from " + itRepo + " and " + localRepo + ")");

        karaf = KarafProcess.start(home, sshPort, work.resolve("karaf-console.log"));
        karaf.awaitBoot(BOOT_TIMEOUT);
        log("Karaf booted (" + elapsed() + ")");

        String out = karaf.shell(INSTALL_TIMEOUT,
                "feature:repo-add " + testFeatures.toUri(),
                "feature:repo-add " + shippedFeaturesUrl,
                "feature:install " + String.join(" ", CAMEL_FEATURES) + " kopru-karaf-test-bundle"
                        + (KOPRU_INSTALL.isBlank() ? "" : " " + KOPRU_INSTALL.replace(',', ' ')),
                "feature:repo-list",
                "feature:list -i",
                "feature:list | grep kopru-");
        log("features installed (" + elapsed() + "):\n" + out);
        for (String feature : KOPRU_FEATURES) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(feature + " ")),
                    "the shipped features.xml should list " + feature);
        }
        for (String feature : CAMEL_FEATURES) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(feature + " ") && l.contains("Started")),
                    feature + " should be installed and started");
        }

        String bundles = karaf.shell(Duration.ofSeconds(60), "bundle:list -t 0", "bundle:diag");
        log("bundles:\n" + bundles);
        List<String> notActive = bundles.lines()
                .filter(l -> l.matches("\\s*\\d+ \\|.*"))
                .filter(l -> !l.contains("| Active ") && !l.contains("Hosts:"))
                .collect(Collectors.toList());
        assertTrue(notActive.isEmpty(), "every bundle should be active, but: " + notActive);

        // deploy the YAML route (written elsewhere, then moved in, so the loader never reads half a file)
        Path routes = home.resolve("routes");
        Files.createDirectories(routes);
        Path tmp = work.resolve("kopru-karaf-it.yaml.tmp");
        Files.writeString(tmp, route(httpPort));
        Files.move(tmp, routes.resolve("kopru-karaf-it.yaml"), StandardCopyOption.ATOMIC_MOVE);
        log("route file deployed to " + routes.resolve("kopru-karaf-it.yaml"));

        ReceivedRequest request = received.poll(ROUTE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (request == null) {
            fail("the route did not call http://127.0.0.1:" + httpPort + " within " + ROUTE_TIMEOUT + "; karaf.log:\n"
                    + karaf.logTail(80));
        }
        log("HTTP server on 127.0.0.1:" + httpPort + " received " + request);
        assertEquals("POST", request.method);
        assertEquals("/kopru-it", request.uri);
        assertNotNull(request.headers.get("x-kopru-probe-bundle"), "header set by the kopru-probe component");
        assertTrue(request.headers.get("x-kopru-probe-bundle").startsWith("io.kopru.camel.karaf-test-bundle/"),
                request.headers.toString());
        assertEquals(property("kopru.karaf.version"), request.headers.get("x-kopru-probe-karaf"));
        assertTrue(request.body.contains("from kopru-karaf-test"), request.body);
        assertTrue(request.headers.getOrDefault("user-agent", "").startsWith("Apache-HttpClient/5"),
                "sent by camel-http's HttpClient 5: " + request.headers);

        // the route's own log line follows the HTTP answer
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (karaf.logLines(l -> l.contains("kopru-karaf-it: HTTP 200")).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        List<String> evidence = karaf.logLines(l -> l.contains("RoutesDirectoryActivator") || l.contains("kopru-karaf-it")
                || l.contains("(kopru-karaf-test)") || l.contains("Camel activator"));
        log("karaf.log, the route's lines:\n" + String.join("\n", evidence));
        assertTrue(evidence.stream().anyMatch(l -> l.contains("Loaded route file kopru-karaf-it.yaml")), "route loaded");
        assertTrue(evidence.stream().anyMatch(l -> l.contains("kopru-karaf-it: HTTP 200")), "route logged the answer");
    }

    private static String route(int httpPort) {
        return String.join("\n",
                "# deployed by KarafFeaturesIT into ${karaf.base}/routes",
                "- route:",
                "    id: kopru-karaf-it",
                "    from:",
                "      uri: timer:kopru-karaf-it",
                "      parameters:",
                "        period: 1000",
                "        includeMetadata: true",
                "      steps:",
                "        - setBody:",
                "            simple: \"ping ${exchangeProperty.CamelTimerCounter} from ${camelId}\"",
                "        - to: kopru-probe:stamp",
                "        - to: \"http://127.0.0.1:" + httpPort + "/kopru-it?httpMethod=POST\"",
                "        - log: \"kopru-karaf-it: HTTP ${header.CamelHttpResponseCode}, answer ${body}\"",
                "");
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

    private static final class ReceivedRequest {
        final String method;
        final String uri;
        final Map<String, String> headers;
        final String body;

        ReceivedRequest(String method, String uri, Map<String, String> headers, String body) {
            this.method = method;
            this.uri = uri;
            this.headers = headers;
            this.body = body;
        }

        @Override
        public String toString() {
            return method + " " + uri + " body='" + body + "' X-Kopru-Probe-Bundle="
                    + headers.get("x-kopru-probe-bundle") + " X-Kopru-Probe-Karaf=" + headers.get("x-kopru-probe-karaf")
                    + " User-Agent=" + headers.get("user-agent");
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e + ")");
        }
    }
}
