package io.kopru.camel.support.http;

import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.ratelimit.RateLimiter;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends {@link ProviderHttpRequest}s through an HttpClient 5 built by {@link ProviderHttpClientFactory}, reads each
 * answer whole, and turns transport failures into typed errors. Exactly one attempt per call: retrying is the route's
 * decision, made on the error's type.
 */
public final class ProviderHttpClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderHttpClient.class);

    private final String provider;
    private final CloseableHttpClient client;
    private final RateLimiter limiter;
    private final Duration limiterMaxWait;

    public ProviderHttpClient(String provider, CloseableHttpClient client) {
        this(provider, client, null, Duration.ZERO);
    }

    /**
     * @param limiter        the client-side rate limiter every request passes, or null for none
     * @param limiterMaxWait how long a request may wait for it before failing unsent
     */
    public ProviderHttpClient(String provider, CloseableHttpClient client, RateLimiter limiter,
                              Duration limiterMaxWait) {
        this.provider = provider;
        this.client = client;
        this.limiter = limiter;
        this.limiterMaxWait = limiterMaxWait;
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
        ClassicHttpRequest http = new BasicClassicHttpRequest(request.method(), request.uri());
        for (Map.Entry<String, String> h : request.headers()) {
            http.addHeader(h.getKey(), h.getValue());
        }
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), ContentType.parse(request.contentType())));
        }
        long start = System.nanoTime();
        try {
            ProviderHttpResponse response = client.execute(http, r -> {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (Header h : r.getHeaders()) {
                    headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
                }
                HttpEntity entity = r.getEntity();
                byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                Charset charset = entity == null ? null : charsetOf(entity);
                return new ProviderHttpResponse(r.getCode(), headers, body, charset);
            });
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} -> HTTP {} in {} ms", provider, request.logTarget(), response.status(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return response;
        } catch (IOException e) {
            ProviderException failure = HttpFailures.fromIOException(provider, request, e);
            LOG.debug("{} {} failed after {} ms: {}", provider, request.logTarget(),
                    (System.nanoTime() - start) / 1_000_000, failure.getMessage());
            throw failure;
        }
    }

    private static Charset charsetOf(HttpEntity entity) {
        try {
            ContentType type = ContentType.parse(entity.getContentType());
            return type == null ? null : type.getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
