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
package io.kopru.camel.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server, on the loopback address only, for one simulator. It counts every request (so a test can prove
 * that nothing was sent) and injects {@link Fault}s on demand before or after the simulator processes a request.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    static {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY, Nagle's algorithm and
        // the client's delayed ACK hold every answer back ~40 ms. Read once, when the JDK server is first used.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ProviderSimulator simulator;
    private final SandboxClock clock;
    private final int requestedPort;
    private final Deque<PlannedFault> faults = new ArrayDeque<>();
    private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<Integer, AtomicInteger> responsesByStatus = new ConcurrentHashMap<>();
    private volatile Duration slowDelay = Duration.ofSeconds(3);
    private static final int DEFAULT_OVERSIZED_LENGTH = 2 * 1024 * 1024;
    private static final Duration DEFAULT_DRIP_INTERVAL = Duration.ofMillis(250);
    private volatile int oversizedLength = DEFAULT_OVERSIZED_LENGTH;
    private volatile Duration dripInterval = DEFAULT_DRIP_INTERVAL;
    private HttpServer server;
    private ExecutorService executor;

    public SandboxServer(ProviderSimulator simulator, SandboxClock clock, int port) {
        this.simulator = simulator;
        this.clock = clock;
        this.requestedPort = port;
    }

    public SandboxServer(ProviderSimulator simulator) {
        this(simulator, new SandboxClock(), 0);
    }

    public synchronized SandboxServer start() throws IOException {
        if (server != null) {
            return this;
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 256);
        executor = Executors.newFixedThreadPool(64, r -> {
            Thread t = new Thread(r, "sandbox-" + simulator.name());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        simulator.attach(this);
        server.start();
        LOG.info("{} sandbox listening on {}", simulator.name(), baseUrl());
        return this;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            simulator.close();
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    /** {@code http://127.0.0.1:<port>}: give it to a component as its {@code baseUrl}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public ProviderSimulator simulator() {
        return simulator;
    }

    public SandboxClock clock() {
        return clock;
    }

    /** Every request received, whatever became of it. */
    public int requestCount() {
        return requests.get();
    }

    /** Answers sent with this HTTP status (429: refused by a rate limit), since the start or the last reset. */
    public int responseCount(int status) {
        AtomicInteger n = responsesByStatus.get(status);
        return n == null ? 0 : n.get();
    }

    /** Requests received for one path. */
    public int requestCount(String path) {
        AtomicInteger n = requestsByPath.get(path);
        return n == null ? 0 : n.get();
    }

    /** The next {@code times} requests whose path starts with {@code pathPrefix} meet {@code fault}. */
    public void inject(Fault fault, String pathPrefix, int times) {
        synchronized (faults) {
            faults.addLast(new PlannedFault(fault, pathPrefix, times));
        }
    }

    public void inject(Fault fault, int times) {
        inject(fault, "/", times);
    }

    public void clearFaults() {
        synchronized (faults) {
            faults.clear();
        }
    }

    /** How long a {@link Fault#SLOW_RESPONSE} holds its answer back. */
    public void setSlowDelay(Duration slowDelay) {
        this.slowDelay = slowDelay;
    }

    /** How long a {@link Fault#OVERSIZED_RESPONSE} answer is, in bytes. */
    public void setOversizedLength(int oversizedLength) {
        this.oversizedLength = oversizedLength;
    }

    /** The pause between two bytes of a {@link Fault#DRIPPING_RESPONSE}. */
    public void setDripInterval(Duration dripInterval) {
        this.dripInterval = dripInterval;
    }

    /** Forgets requests, faults (and their settings) and the simulator's state; the clock goes back to real time. */
    public void reset() {
        clearFaults();
        oversizedLength = DEFAULT_OVERSIZED_LENGTH;
        dripInterval = DEFAULT_DRIP_INTERVAL;
        requests.set(0);
        requestsByPath.clear();
        responsesByStatus.clear();
        clock.reset();
        simulator.reset();
    }

    private Fault takeFault(String path) {
        synchronized (faults) {
            for (PlannedFault f : faults) {
                if (path.startsWith(f.pathPrefix) && f.remaining > 0) {
                    if (--f.remaining == 0) {
                        faults.remove(f);
                    }
                    return f.fault;
                }
            }
            return null;
        }
    }

    private void serve(HttpExchange http) throws IOException {
        try {
            requests.incrementAndGet();
            requestsByPath.computeIfAbsent(http.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            Fault fault = takeFault(http.getRequestURI().getPath());
            if (fault == Fault.DROP_BEFORE_PROCESSING) {
                http.close();
                return;
            }
            if (fault == Fault.STATUS_500 || fault == Fault.STATUS_503) {
                int status = fault == Fault.STATUS_500 ? 500 : 503;
                counted(status);
                send(http, status, Map.of("Content-Type", "application/json; charset=utf-8"),
                        simulator.faultBody(status).getBytes(StandardCharsets.UTF_8));
                return;
            }
            SandboxExchange exchange = new SandboxExchange(http);
            try {
                simulator.handle(exchange);
            } catch (RuntimeException e) {
                LOG.warn("{} simulator failed on {} {}", simulator.name(), exchange.method(), exchange.path(), e);
                exchange.respond(500, "text/plain", "sandbox error: " + e);
            }
            if (fault == Fault.DROP_AFTER_PROCESSING) {
                http.close();
                return;
            }
            if (fault == Fault.SLOW_RESPONSE) {
                sleep(slowDelay);
            }
            byte[] body = fault == Fault.MALFORMED_RESPONSE
                    ? "<html>502 upstream garbled {\"response\":".getBytes(StandardCharsets.UTF_8)
                    : exchange.responseBody();
            if (fault == Fault.OVERSIZED_RESPONSE) {
                body = padded(body, oversizedLength);
            }
            int status = exchange.status() == 0 ? 500 : exchange.status();
            counted(status);
            if (fault == Fault.DRIPPING_RESPONSE) {
                drip(http, status, exchange.responseHeaders(), body, dripInterval);
                return;
            }
            send(http, status, exchange.responseHeaders(), body);
        } finally {
            http.close();
        }
    }

    private void counted(int status) {
        responsesByStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private static void send(HttpExchange http, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
        http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] padded(byte[] body, int length) {
        byte[] result = new byte[Math.max(length, body.length)];
        System.arraycopy(body, 0, result, 0, body.length);
        Arrays.fill(result, body.length, result.length, (byte) ' ');
        return result;
    }

    /** Writes the answer a byte at a time; stops when the client has gone. */
    private static void drip(HttpExchange http, int status, Map<String, String> headers, byte[] body,
                             Duration interval) {
        try {
            headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
            http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            OutputStream out = http.getResponseBody();
            for (byte b : body) {
                sleep(interval);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                out.write(b);
                out.flush();
            }
            out.close();
        } catch (IOException e) {
            LOG.debug("the client left a dripping answer: {}", e.toString());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class PlannedFault {
        final Fault fault;
        final String pathPrefix;
        int remaining;

        PlannedFault(Fault fault, String pathPrefix, int remaining) {
            this.fault = fault;
            this.pathPrefix = pathPrefix;
            this.remaining = remaining;
        }
    }
}
