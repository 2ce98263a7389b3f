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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.component.iletimerkezi.api.IletimerkeziPushedReport;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.webhook.ConstantTimeSecrets;
import io.kopru.camel.support.webhook.WebhookGuard;
import io.kopru.camel.support.webhook.WebhookSourceAllowList;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Receives the delivery reports iletiMerkezi posts to the account's registered URL, through camel-platform-http (the
 * application's HTTP server: Vert.x, Spring Boot, ...), on {@code webhookPath/webhookToken}, POST only. iletiMerkezi
 * signs nothing, so every post passes, in this order, before it may reach the route:
 * <ol>
 * <li>the source allow-list ({@code webhookAllowedSources}): 403;</li>
 * <li>the per-source limit ({@code webhookRateLimit} a second): 429 with {@code Retry-After};</li>
 * <li>its declared size ({@code webhookMaxBodySize}): 413 by {@code Content-Length}, before the body is looked at;</li>
 * <li>the token in its path, compared in constant time: 401, the body unread;</li>
 * <li>its actual size: 413; and its body, one report ({@link IletimerkeziPushedReport}): 400, counted.</li>
 * </ol>
 * These are the support module's {@link WebhookGuard}, shared with every inbound webhook. Refusals are fixed JSON
 * bodies: no stack trace, nothing of the post. An accepted post reaches the route as a {@code DeliveryReport} in an
 * exchange of its own, with none of the request's headers (the token is in the request's path headers), and is
 * answered 200 once the route is done; a route that fails is answered 500, without its error, so that iletiMerkezi may
 * post it again.
 */
@ManagedResource(description = "Managed iletiMerkezi delivery-report webhook consumer")
public class IletimerkeziDeliveryReportConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IletimerkeziDeliveryReportConsumer.class);
    /** The path parameter the token arrives in; never passed on. */
    static final String TOKEN_PARAMETER = "kopruWebhookToken";
    /** What a path segment carries unescaped: hex and base64url tokens. */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");
    static final String ANSWER_RECEIVED = "{\"status\":\"received\"}";
    static final String ANSWER_FAILED = "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"the report was not"
                                        + " processed; post it again\"}}";

    private final String path;
    private final String token;
    private final WebhookGuard guard;
    private final Clock clock;
    private Consumer http;

    public IletimerkeziDeliveryReportConsumer(IletimerkeziEndpoint endpoint, Processor processor, Clock clock) {
        super(endpoint, processor);
        IletimerkeziConfiguration c = endpoint.getConfiguration();
        this.path = c.getWebhookPath();
        this.token = c.getWebhookToken();
        this.guard = new WebhookGuard(c.getWebhookMaxBodySize(), c.getWebhookRateLimit(),
                WebhookSourceAllowList.parse(c.getWebhookAllowedSources()));
        this.clock = clock;
    }

    @Override
    public IletimerkeziEndpoint getEndpoint() {
        return (IletimerkeziEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        // checked here, not when the endpoint is made, so that a route switched off by a property needs no token
        if (token == null || token.isBlank() || token.length() < IletimerkeziConfiguration.MIN_WEBHOOK_TOKEN_LENGTH) {
            throw new IllegalArgumentException("iletimerkezi:delivery-reports needs webhookToken, an unguessable value"
                                               + " of at least " + IletimerkeziConfiguration.MIN_WEBHOOK_TOKEN_LENGTH
                                               + " characters (e.g. 32 random bytes in hex), the last segment of the"
                                               + " URL registered with iletiMerkezi");
        }
        if (!URL_SAFE.matcher(token).matches()) {
            throw new IllegalArgumentException("iletimerkezi:delivery-reports: webhookToken must be one URL path"
                                               + " segment of letters, digits, '-', '_', '.' and '~' (hex or"
                                               + " base64url)");
        }
        super.doStart();
        Endpoint platform = getEndpoint().getCamelContext().getEndpoint("platform-http:" + path + "/{"
                                                                        + TOKEN_PARAMETER + "}?httpMethodRestrict=POST");
        http = platform.createConsumer(new Guard());
        ServiceHelper.startService(http);
        LOG.info("iletimerkezi delivery reports: listening on {}/<webhookToken>", path);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(http);
        http = null;
        super.doStop();
    }

    @ManagedAttribute(description = "Posts refused because their body is not a delivery report (400)")
    public long getMalformedReports() {
        return guard.getMalformedCount();
    }

    @ManagedAttribute(description = "Posts refused for a missing or wrong token (401)")
    public long getUnauthorizedPosts() {
        return guard.getUnauthorizedCount();
    }

    @ManagedAttribute(description = "Posts refused because their source is not allowed (403)")
    public long getForbiddenPosts() {
        return guard.getForbiddenCount();
    }

    @ManagedAttribute(description = "Posts refused for their size (413)")
    public long getOversizedPosts() {
        return guard.getTooLargeCount();
    }

    @ManagedAttribute(description = "Posts refused by the per-source rate limit (429)")
    public long getRateLimitedPosts() {
        return guard.getRateLimitedCount();
    }

    @ManagedAttribute(description = "The path the consumer listens on, followed by /<webhookToken>")
    public String getWebhookPath() {
        return path;
    }

    /** Lets a post through to the route only within the limits, with the token and a report as its body. */
    private final class Guard extends AsyncProcessorSupport {

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Message message = exchange.getMessage();
            String sent = message.getHeader(TOKEN_PARAMETER, String.class);
            if (!guard.admit(message)) {
                return done(callback);
            }
            if (!ConstantTimeSecrets.matches(sent, token)) {
                LOG.warn("iletimerkezi delivery reports ({}) refused a post with a wrong token", path);
                guard.unauthorized(message, null);
                return done(callback);
            }
            byte[] body = guard.body(message);
            if (WebhookGuard.isRefused(message)) {
                return done(callback);
            }
            IletimerkeziPushedReport pushed;
            try {
                pushed = IletimerkeziPushedReport.parse(body, clock.instant());
            } catch (ProviderInvalidRequestException e) {
                LOG.warn("iletimerkezi delivery reports ({}) refused a post: {}", path, e.getProviderMessage());
                guard.malformed(message);
                return done(callback);
            }
            // the route gets an exchange of its own, with nothing of the request: its path headers hold the token
            Exchange report = createExchange(false);
            report.getMessage().setHeader(SmsHeaders.PROVIDER, IletimerkeziConstants.PROVIDER);
            report.getMessage().setHeader(IletimerkeziConstants.ORDER_ID, pushed.getOrderId());
            report.getMessage().setHeader(IletimerkeziConstants.REPORT_STATUS, pushed.getPushedStatus());
            report.getMessage().setBody(pushed.getReport());
            return getAsyncProcessor().process(report, doneSync -> {
                answer(message, report);
                releaseExchange(report, false);
                callback.done(doneSync);
            });
        }

        /** 200 once the route took the report; 500, without the error, when it failed. */
        private void answer(Message message, Exchange report) {
            message.getHeaders().clear();
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
            if (report.getException() != null) {
                LOG.warn("iletimerkezi delivery reports ({}): the route failed on a report ({}); answered 500", path,
                        report.getException().getClass().getSimpleName());
                message.setHeader(Exchange.HTTP_RESPONSE_CODE, 500);
                message.setBody(ANSWER_FAILED);
            } else {
                message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
                message.setBody(ANSWER_RECEIVED);
            }
        }

        private boolean done(AsyncCallback callback) {
            callback.done(true);
            return true;
        }
    }
}
