package io.kopru.camel.component.brokerage;

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
 * Boot, ...), on {@code webhookPath}, POST only. A call without exactly the configured credentials is answered 401
 * with a {@code WWW-Authenticate} challenge and never reaches the route; an accepted call reaches it without the
 * credential header, so that neither a trace nor a log of the route's headers can show it.
 */
public class BrokerageWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerageWebhookConsumer.class);
    static final String REFUSAL = "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"missing or wrong webhook"
                                  + " credentials\"}}";

    private final BrokerageWebhookAuthentication authentication;
    private Consumer http;

    public BrokerageWebhookConsumer(BrokerageEndpoint endpoint, Processor processor,
                                    BrokerageWebhookAuthentication authentication) {
        super(endpoint, processor);
        this.authentication = authentication;
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

    /** Lets a call through to the route only with the configured credentials. */
    private final class Guard extends DelegateAsyncProcessor {

        Guard(Processor route) {
            super(route);
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Message message = exchange.getMessage();
            String header = authentication.getHeader();
            boolean accepted = authentication.accepts(message.getHeader(header, String.class));
            // the credential goes no further, accepted or not: not to the route, not back in the answer
            message.removeHeader(header);
            if (!accepted) {
                LOG.warn("brokerage webhook {} refused a call without the configured credentials",
                        getEndpoint().getConfiguration().getWebhookPath());
                message.getHeaders().clear();
                message.setHeader(Exchange.HTTP_RESPONSE_CODE, 401);
                message.setHeader("WWW-Authenticate", authentication.challenge());
                message.setHeader(Exchange.CONTENT_TYPE, "application/json");
                message.setBody(REFUSAL);
                callback.done(true);
                return true;
            }
            return super.process(exchange, callback);
        }
    }
}
