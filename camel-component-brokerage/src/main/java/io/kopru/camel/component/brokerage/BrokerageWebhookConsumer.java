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
package io.kopru.camel.component.brokerage;

import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.webhook.WebhookGuard;
import io.kopru.camel.support.webhook.WebhookSourceAllowList;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the platform's webhook calls through camel-platform-http (the application's HTTP server: Vert.x, Spring
 * Boot, ...), on {@code webhookPath}, POST only. Every call passes, in this order, before it may reach the route:
 * <ol>
 * <li>the per-source limit ({@code webhookRateLimit} a second): 429 with {@code Retry-After};</li>
 * <li>its declared size ({@code webhookMaxBodySize}): 413 by {@code Content-Length}, before the body is looked at;</li>
 * <li>its credentials, compared in constant time: 401 with a {@code WWW-Authenticate} challenge, the body unread;</li>
 * <li>its actual size: 413; and its body, one JSON document ({@link BrokerageWebhookBody}): 400.</li>
 * </ol>
 * The checks other than the credentials are the support module's {@link WebhookGuard}, shared with every inbound
 * webhook. Refusals are fixed JSON bodies: no stack trace, nothing of the call. An accepted call reaches the route with its
 * body as {@code byte[]} and without the credential header, so that neither a trace nor a log of the route's headers
 * can show it.
 */
public class BrokerageWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerageWebhookConsumer.class);
    static final String REFUSAL = WebhookGuard.UNAUTHORIZED;
    static final String TOO_LARGE = WebhookGuard.TOO_LARGE;
    static final String MALFORMED = WebhookGuard.MALFORMED;
    static final String TOO_MANY = WebhookGuard.TOO_MANY;

    private final BrokerageWebhookAuthentication authentication;
    private final WebhookGuard guard;
    private Consumer http;

    public BrokerageWebhookConsumer(BrokerageEndpoint endpoint, Processor processor,
                                    BrokerageWebhookAuthentication authentication) {
        super(endpoint, processor);
        this.authentication = authentication;
        this.guard = new WebhookGuard(endpoint.getConfiguration().getWebhookMaxBodySize(),
                endpoint.getConfiguration().getWebhookRateLimit(), WebhookSourceAllowList.parse(null));
    }

    @Override
    public BrokerageEndpoint getEndpoint() {
        return (BrokerageEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Endpoint platform = getEndpoint().getCamelContext().getEndpoint("platform-http:"
                                                                        + getEndpoint().getConfiguration().getWebhookPath()
                                                                        + "?httpMethodRestrict=POST");
        http = platform.createConsumer(new Guard(getProcessor()));
        ServiceHelper.startService(http);
        LOG.info("brokerage webhook listening on {} ({} authentication)", getEndpoint().getConfiguration()
                .getWebhookPath(), authentication.getType() == BrokerageWebhookAuthentication.BASIC ? "Basic" : "Token");
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(http);
        http = null;
        super.doStop();
    }

    /** Lets a call through to the route only within the limits, with the configured credentials and a JSON body. */
    private final class Guard extends DelegateAsyncProcessor {

        Guard(Processor route) {
            super(route);
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Message message = exchange.getMessage();
            String header = authentication.getHeader();
            String credential = message.getHeader(header, String.class);
            // the credential goes no further, accepted or not: not to the route, not back in the answer
            message.removeHeader(header);

            if (!guard.admit(message)) {
                return done(callback);
            }
            if (!authentication.accepts(credential)) {
                LOG.warn("brokerage webhook {} refused a call without the configured credentials",
                        getEndpoint().getConfiguration().getWebhookPath());
                guard.unauthorized(message, authentication.challenge());
                return done(callback);
            }
            byte[] body = guard.body(message);
            if (WebhookGuard.isRefused(message)) {
                return done(callback);
            }
            try {
                BrokerageWebhookBody.parse(body);
            } catch (ProviderInvalidRequestException e) {
                LOG.warn("brokerage webhook {} refused a call: {}", getEndpoint().getConfiguration().getWebhookPath(),
                        e.getProviderMessage());
                guard.malformed(message);
                return done(callback);
            }
            message.setBody(body);
            return super.process(exchange, callback);
        }

        private boolean done(AsyncCallback callback) {
            callback.done(true);
            return true;
        }
    }
}
