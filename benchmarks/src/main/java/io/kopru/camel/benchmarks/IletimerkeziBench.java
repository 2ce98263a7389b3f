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
package io.kopru.camel.benchmarks;

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same iletiMerkezi send three ways, against one sandbox on loopback: through the component, through a plain JDK
 * {@link HttpClient}, and through camel-http with a hand-written processor that adds the key and hash (what users
 * write without the component). Every way builds the identical JSON request per message and reads the order id.
 */
final class IletimerkeziBench implements AutoCloseable {

    static final String KEY = IletimerkeziClients.KEY;
    static final String HASH = IletimerkeziClients.HASH;

    private final IletimerkeziSimulator simulator = new IletimerkeziSimulator();
    private final ProviderSandbox sandbox;
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final HttpClient jdk;
    private final URI sendUri;

    IletimerkeziBench() throws Exception {
        sandbox = ProviderSandbox.of(simulator).start();
        simulator.addAccount(KEY, HASH).smsCredits(Long.MAX_VALUE / 4);
        String base = sandbox.baseUrl(IletimerkeziSimulator.class);
        sendUri = URI.create(base + "/v1/send-sms/json");

        camel = IletimerkeziClients.camel(base);
        template = camel.createProducerTemplate();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    Throughput.Sender component() {
        return i -> {
            Exchange e = template.send("iletimerkezi:send-sms", x -> {
                x.getMessage().setBody("bench component " + i);
                x.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            });
            if (e.getException() != null) {
                throw e.getException();
            }
        };
    }

    Throughput.Sender rawJdk() {
        return i -> {
            HttpResponse<byte[]> response = jdk.send(HttpRequest.newBuilder(sendUri)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(IletimerkeziClients.requestBody("bench raw " + i))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            IletimerkeziClients.orderId(response.body());
        };
    }

    Throughput.Sender camelHttp() {
        return i -> {
            Exchange e = template.send("direct:camel-http", x -> x.getMessage().setBody("bench camel-http " + i));
            if (e.getException() != null) {
                throw e.getException();
            }
        };
    }

    /** What a client limiter set to the provider's limit achieves against it. */
    static final class RateLimitResult {
        final int accepted;
        final int tooManyRequests;
        final double seconds;

        RateLimitResult(int accepted, int tooManyRequests, double seconds) {
            this.accepted = accepted;
            this.tooManyRequests = tooManyRequests;
            this.seconds = seconds;
        }
    }

    /**
     * The sandbox limits to {@code limit} calls per second; the component's client limiter is set to the same
     * number (its window given {@code headroomMillis} more, if any); {@code threads} callers send as fast as they can
     * for {@code duration}.
     */
    RateLimitResult rateLimited(int limit, long headroomMillis, Duration duration, int threads) throws Exception {
        simulator.setRateLimit(limit, Duration.ofSeconds(1));
        String uri = "iletimerkezi:send-sms?rateLimit=" + limit + "&rateLimitPeriod=" + (1000 + headroomMillis);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (!stop.get() && System.nanoTime() < end) {
                    int i = sequence.incrementAndGet();
                    Exchange e = template.send(uri, x -> {
                        x.getMessage().setBody("bench limited " + i);
                        x.getMessage().setHeader(SmsHeaders.TO, "5321234567");
                    });
                    if (System.nanoTime() > end) {
                        break; // finished after the measured window
                    }
                    if (e.getException() == null) {
                        accepted.incrementAndGet();
                    } else if (e.getException() instanceof ProviderRateLimitException
                               && ((ProviderRateLimitException) e.getException()).getHttpStatus() == 429) {
                        refused.incrementAndGet();
                    } else {
                        throw e.getException();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        stop.set(true);
        simulator.setRateLimit(0, Duration.ofSeconds(1));
        return new RateLimitResult(accepted.get(), refused.get(), duration.toNanos() / 1e9);
    }

    int acceptedOrders() {
        return simulator.acceptedOrders().size();
    }

    @Override
    public void close() {
        camel.stop();
        sandbox.close();
    }
}
