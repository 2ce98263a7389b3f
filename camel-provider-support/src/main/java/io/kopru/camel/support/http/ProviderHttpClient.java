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
package io.kopru.camel.support.http;

import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.metrics.ProviderMetrics;
import io.kopru.camel.support.ratelimit.RateLimiter;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends {@link ProviderHttpRequest}s through an HttpClient 5 built by {@link ProviderHttpClientFactory}, reads each
 * answer whole, and turns transport failures into typed errors. Exactly one attempt per call: retrying is the route's
 * decision, made on the error's type.
 * <p>
 * Every answer is bounded twice, because the bytes come from a party we do not control: at most
 * {@code maxResponseSize} bytes are read (a larger answer is refused, not read into memory) and the whole exchange
 * must end within its deadline ({@code connectTimeout + responseTimeout}), so an answer that drips a byte at a time
 * cannot hold the caller beyond it (the socket timeout alone only bounds the silence between two bytes). Both fail
 * like a lost answer: ambiguous for a send, which the provider may have accepted; unavailable for a query.
 * <p>
 * Not final only so that tests can answer from memory (fuzzing the parsers behind it).
 */
public class ProviderHttpClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderHttpClient.class);
    /** The default bound on an answer's body: 1 MiB, far above any provider's documented answer. */
    public static final int DEFAULT_MAX_RESPONSE_SIZE = 1024 * 1024;
    private static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(40);
    /** One daemon thread cuts the exchanges that overrun their deadline, for every client of the JVM. */
    private static final ExchangeDeadlines DEADLINES = ExchangeDeadlines.shared();
    /** Content types parsed once: every request of a provider carries the same one or two. */
    private static final Map<String, ContentType> CONTENT_TYPES = new ConcurrentHashMap<>();

    private final String provider;
    private final CloseableHttpClient client;
    private final RateLimiter limiter;
    private final Duration limiterMaxWait;
    private final int maxResponseSize;
    private final Duration deadline;
    private final ProviderMetrics metrics;

    public ProviderHttpClient(String provider, CloseableHttpClient client) {
        this(provider, client, null, Duration.ZERO);
    }

    /**
     * @param limiter        the client-side rate limiter every request passes, or null for none
     * @param limiterMaxWait how long a request may wait for it before failing unsent
     */
    public ProviderHttpClient(String provider, CloseableHttpClient client, RateLimiter limiter,
                              Duration limiterMaxWait) {
        this(provider, client, limiter, limiterMaxWait, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_DEADLINE);
    }

    /**
     * @param maxResponseSize the most bytes of an answer's body that are read
     * @param deadline        how long one exchange may take in all, from sending to the answer's last byte
     */
    public ProviderHttpClient(String provider, CloseableHttpClient client, RateLimiter limiter,
                              Duration limiterMaxWait, int maxResponseSize, Duration deadline) {
        this(provider, client, limiter, limiterMaxWait, maxResponseSize, deadline, ProviderMetrics.none(provider));
    }

    /**
     * @param metrics where every request, 429 and limiter wait is recorded (the producer's operation, or the account's
     *                own calls)
     */
    public ProviderHttpClient(String provider, CloseableHttpClient client, RateLimiter limiter,
                              Duration limiterMaxWait, int maxResponseSize, Duration deadline, ProviderMetrics metrics) {
        this.provider = provider;
        this.client = client;
        this.limiter = limiter;
        this.limiterMaxWait = limiterMaxWait;
        this.maxResponseSize = maxResponseSize;
        this.deadline = deadline;
        this.metrics = metrics;
    }

    /** The metrics this client records into; for what is recorded around its calls (token renewals). */
    public ProviderMetrics metrics() {
        return metrics;
    }

    /**
     * Sends the request once and returns the provider's answer, whatever its status. With a rate limiter, the request
     * holds one of its slots from before it is sent until its answer is read.
     *
     * @throws ProviderException when no answer came back; it says whether the request may have been accepted; a
     *                           {@link ProviderRateLimitException} without HTTP status when the limiter would hold it
     *                           longer than allowed, in which case nothing was sent
     */
    public ProviderHttpResponse execute(ProviderHttpRequest request) {
        if (limiter == null) {
            return send(request);
        }
        RateLimiter.Permit permit;
        long waitStart = System.nanoTime();
        try {
            permit = limiter.acquire(limiterMaxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(ProviderErrorDetails.of(provider)
                    .remedy("Interrupted while waiting for the client-side rate limiter; nothing was sent").build(), e);
        } catch (RuntimeException e) {
            // a shared limiter whose database is unreachable: without its word nothing may be sent
            throw new ProviderUnavailableException(ProviderErrorDetails.of(provider)
                    .remedy("The client-side rate limiter failed (" + e.getMessage() + "); nothing was sent").build(), e);
        }
        if (permit == null || permit.waited()) {
            metrics.limiterWait(permit != null, System.nanoTime() - waitStart);
        }
        if (permit == null) {
            throw new ProviderRateLimitException(ProviderErrorDetails.of(provider)
                    .remedy("The client-side limit of " + limiter.getPermits() + " requests per "
                            + limiter.getPeriod().toMillis() + " ms would hold " + request.logTarget() + " longer than "
                            + limiterMaxWait.toMillis() + " ms; nothing was sent. Slow the route down or raise"
                            + " rateLimitMaxWait")
                    .build(), RateLimitInfo.NONE);
        }
        try (permit) {
            return send(request);
        }
    }

    private ProviderHttpResponse send(ProviderHttpRequest request) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        for (Map.Entry<String, String> h : request.headers()) {
            http.addHeader(h.getKey(), h.getValue());
        }
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), contentType(request.contentType())));
        }
        long start = System.nanoTime();
        ExchangeDeadlines.Watch watch = DEADLINES.watch(http, deadline);
        try {
            ProviderHttpResponse response = client.execute(http, r -> {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (Header h : r.getHeaders()) {
                    headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
                }
                HttpEntity entity = r.getEntity();
                byte[] body = entity == null ? new byte[0] : readBounded(entity, http);
                Charset charset = entity == null ? null : charsetOf(entity);
                return new ProviderHttpResponse(r.getCode(), headers, body, charset);
            });
            long took = System.nanoTime() - start;
            metrics.request(response.status(), took);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} -> HTTP {} in {} ms", provider, request.logTarget(), response.status(),
                        took / 1_000_000);
            }
            return response;
        } catch (IOException e) {
            IOException cause = e;
            if (watch.overran()) {
                cause = new SocketTimeoutException("no whole answer within the deadline of " + deadline.toMillis()
                                                   + " ms (connectTimeout + responseTimeout)");
                cause.initCause(e);
            }
            ProviderException failure = HttpFailures.fromIOException(provider, request, cause);
            metrics.request(0, System.nanoTime() - start);
            LOG.debug("{} {} failed after {} ms: {}", provider, request.logTarget(),
                    (System.nanoTime() - start) / 1_000_000, failure.getMessage());
            throw failure;
        } finally {
            watch.close();
        }
    }

    /**
     * Reads at most {@code maxResponseSize} bytes of the body. A larger answer (by its Content-Length, before any of
     * it is read, or as it arrives) aborts the connection, so that nothing drains the rest.
     */
    private byte[] readBounded(HttpEntity entity, HttpUriRequestBase http) throws IOException {
        long declared = entity.getContentLength();
        if (declared > maxResponseSize) {
            http.cancel();
            throw new ResponseTooLargeException(maxResponseSize, "Content-Length " + declared);
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            if (declared >= 0) {
                // the length is known and within bounds: read it straight into its array
                byte[] body = in.readNBytes((int) declared);
                if (body.length == declared && in.read() < 0) {
                    return body;
                }
                throw new IOException("the answer's body does not have its Content-Length of " + declared + " bytes");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxResponseSize) {
                    http.cancel();
                    throw new ResponseTooLargeException(maxResponseSize, "over " + maxResponseSize + " bytes arrived");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** An answer over {@code maxResponseSize}: the exchange is treated like a lost answer. */
    static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(int max, String what) {
            super("the answer (" + what + ") is larger than maxResponseSize (" + max + " bytes); it was not read");
        }
    }

    private static Charset charsetOf(HttpEntity entity) {
        try {
            ContentType type = contentType(entity.getContentType());
            return type == null ? null : type.getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@link ContentType#parse}, remembered for the few values providers send (a bounded number of them). */
    private static ContentType contentType(String value) {
        if (value == null) {
            return null;
        }
        ContentType known = CONTENT_TYPES.get(value);
        if (known != null) {
            return known;
        }
        ContentType parsed = ContentType.parse(value);
        if (parsed != null && CONTENT_TYPES.size() < 64) {
            CONTENT_TYPES.putIfAbsent(value, parsed);
        }
        return parsed;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
