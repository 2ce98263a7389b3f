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
package io.kopru.camel.sandbox.iletimerkezi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Posts delivery reports to the URL an account registered, as iletiMerkezi does:
 * {@code {"report":{"id","packet_id","status":"accepted|delivered|undelivered","to","body"}}} with the ids as integers,
 * one post per message, {@code accepted} once the order is accepted and {@code delivered} or {@code undelivered} once
 * its messages are final (on the sandbox clock: {@code setDeliveryDelay}, {@code deliverAll}, {@code advance}).
 * <p>
 * The posts are made on a thread of their own, never on the simulator's request threads: a tick every
 * {@value #TICK_MILLIS} ms finds what is due and posts it, each post bounded by a timeout. Each report is posted once,
 * whatever the answer (iletiMerkezi documents no retries); {@link #posts()} records every post and its answer.
 * A cancelled order's messages are not pushed as undelivered (the documents describe pushes of delivery outcomes);
 * get-report shows them.
 */
final class IletimerkeziReportPusher {

    private static final Logger LOG = LoggerFactory.getLogger(IletimerkeziReportPusher.class);
    static final long TICK_MILLIS = 100;
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(5);

    /** What was posted of one order already. */
    private static final class Progress {
        final long firstMessageId;
        boolean acceptedPosted;
        boolean finalPosted;

        Progress(long firstMessageId) {
            this.firstMessageId = firstMessageId;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Supplier<Collection<IletimerkeziOrder>> orders;
    private final Function<String, String> urlOfAccount;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private final List<IletimerkeziReportPost> posts = new CopyOnWriteArrayList<>();
    private final AtomicLong nextMessageId = new AtomicLong(1_000_001L);
    private volatile Clock clock = Clock.systemUTC();
    private HttpClient http;
    private ScheduledExecutorService ticker;

    IletimerkeziReportPusher(Supplier<Collection<IletimerkeziOrder>> orders, Function<String, String> urlOfAccount) {
        this.orders = orders;
        this.urlOfAccount = urlOfAccount;
    }

    /** The ticker's one thread, once it has been made. */
    private volatile Thread tickerThread;

    synchronized void start(Clock clock) {
        this.clock = clock;
        if (ticker != null) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(POST_TIMEOUT).build();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "iletimerkezi-sandbox-report-push");
            t.setDaemon(true);
            tickerThread = t;
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops posting: the tick thread ends, a post under way is interrupted. */
    synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(5, TimeUnit.SECONDS);
                // the executor is terminated a moment before its thread has ended: closed means the thread is gone
                Thread thread = tickerThread;
                if (thread != null) {
                    thread.join(TimeUnit.SECONDS.toMillis(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticker = null;
            tickerThread = null;
        }
    }

    void reset() {
        progress.clear();
        posts.clear();
    }

    List<IletimerkeziReportPost> posts() {
        return List.copyOf(posts);
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            for (IletimerkeziOrder order : orders.get()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                String url = urlOfAccount.apply(order.accountKey);
                if (url == null) {
                    continue;
                }
                Progress p = progress.computeIfAbsent(order.id,
                        id -> new Progress(nextMessageId.getAndAdd(order.recipientCount())));
                if (!p.acceptedPosted) {
                    p.acceptedPosted = true;
                    postAll(url, order, p, now, true);
                }
                if (!p.finalPosted && !order.isCancelled() && order.orderStatus(now) == 114) {
                    p.finalPosted = true;
                    postAll(url, order, p, now, false);
                }
            }
        } catch (RuntimeException e) {
            // the tick must go on: one bad post must not end the pushing
            LOG.warn("iletimerkezi sandbox: pushing delivery reports failed: {}", e.toString());
        }
    }

    private void postAll(String url, IletimerkeziOrder order, Progress p, Instant now, boolean accepted) {
        long id = p.firstMessageId;
        for (IletimerkeziOrder.Part part : order.parts) {
            for (String number : part.recipients) {
                String status = accepted ? "accepted" : order.messageStatus(number, now) == 111 ? "delivered"
                        : "undelivered";
                post(url, id++, Long.parseLong(order.id), status, number.substring(1), part.text);
            }
        }
    }

    private void post(String url, long id, long packetId, String status, String to, String text) {
        ObjectNode root = json.createObjectNode();
        root.putObject("report").put("id", id).put("packet_id", packetId).put("status", status).put("to", to)
                .put("body", text);
        int answer = 0;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(POST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(root))).build();
            answer = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("iletimerkezi sandbox: posting report {} of order {} failed: {}", id, packetId, e.toString());
        }
        posts.add(new IletimerkeziReportPost(url, id, packetId, status, to, answer));
    }
}
