package io.kopru.camel.component.restlink;

import io.kopru.camel.support.http.BaseUrls;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends SMS and reads statistics through the Restlink SMS API, authenticating with an API key, an API key and HMAC
 * request signing, or a JWT login. Keys, signatures and tokens are handled inside the producer.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "restlink", title = "Restlink SMS", syntax = "restlink:operation",
             producerOnly = true, category = { Category.MOBILE, Category.CLOUD },
             headersClass = RestlinkConstants.class)
public class RestlinkEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    static final Set<String> PERIODS = Set.of("1d", "7d", "30d", "90d");
    private static final Logger LOG = LoggerFactory.getLogger(RestlinkEndpoint.class);

    @UriParam
    private RestlinkConfiguration configuration;
    private String baseUrl;

    public RestlinkEndpoint(String uri, RestlinkComponent component, RestlinkConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Refuses, at endpoint creation, what could never work: no credentials or a mix of modes, a bad base URL. */
    void validate() {
        RestlinkConfiguration c = configuration;
        List<String> problems = new ArrayList<>();
        boolean key = !isBlank(c.getApiKey());
        boolean login = !isBlank(c.getUsername()) || !isBlank(c.getPassword());
        if (key && login) {
            problems.add("set either apiKey (API key mode, with signRequests=true and secretKey to sign) or username"
                         + " and password (JWT mode), not both");
        } else if (!key && !login) {
            problems.add("restlink needs apiKey (with signRequests=true and secretKey to sign requests) or username"
                         + " and password (JWT mode), on the endpoint or the component");
        } else if (login && (isBlank(c.getUsername()) || isBlank(c.getPassword()))) {
            problems.add("JWT mode needs both username and password");
        }
        if (c.isSignRequests() && isBlank(c.getSecretKey())) {
            problems.add("signRequests=true needs secretKey, the API secret shown when the key was created");
        }
        if (c.isSignRequests() && login) {
            problems.add("signRequests applies to API keys; JWT mode sends a bearer token");
        }
        if (c.getOperationValue() == RestlinkOperation.LOGIN && !login) {
            problems.add("the login operation is for JWT mode: set username and password");
        }
        if (c.getPeriod() != null && !PERIODS.contains(c.getPeriod())) {
            problems.add("period '" + c.getPeriod() + "' is none of 1d, 7d, 30d, 90d");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (!c.isSignRequests() && !isBlank(c.getSecretKey()) && key) {
            LOG.warn("restlink endpoint {} has a secretKey but signRequests is false: requests are not signed",
                    getEndpointBaseUri());
        }
        baseUrl = BaseUrls.check(RestlinkConstants.PROVIDER, c.getBaseUrl(), RestlinkConfiguration.DEFAULT_BASE_URL);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Producer createProducer() {
        return new RestlinkProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("restlink is a producer only");
    }

    @Override
    public RestlinkComponent getComponent() {
        return (RestlinkComponent) super.getComponent();
    }

    public RestlinkConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(RestlinkConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The checked base URL, without a trailing slash. */
    String getBaseUrl() {
        return baseUrl;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return null;
    }
}
