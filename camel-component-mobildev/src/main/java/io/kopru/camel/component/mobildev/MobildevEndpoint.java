package io.kopru.camel.component.mobildev;

import io.kopru.camel.component.mobildev.api.MobildevKeyExpiry;
import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.http.BaseUrls;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends transactional SMS signed with an API key and HMAC, and campaign SMS under a person's OAuth2 consent, through
 * the Mobildev SMS API, in XML or JSON; reads their delivery reports. Signing, nonces, clock correction, the consent
 * flow and its tokens are handled inside the producer.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "mobildev", title = "Mobildev", syntax = "mobildev:operation",
             producerOnly = true, category = { Category.MOBILE, Category.CLOUD }, headersClass = MobildevConstants.class)
public class MobildevEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriParam
    private MobildevConfiguration configuration;

    private Instant apiKeyValidUntil;

    public MobildevEndpoint(String uri, MobildevComponent component, MobildevConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Refuses, at endpoint creation, what could never work, naming every missing option at once. */
    void validate() {
        MobildevOperation operation = configuration.getOperationValue();
        List<String> problems = new ArrayList<>();
        switch (operation) {
            case SEND:
            case STATUS:
            case CANCEL:
                require(problems, configuration.getApiKey(), "apiKey (the panel's api_key)");
                require(problems, configuration.getSecretKey(), "secretKey (the panel's api_secret)");
                if (operation == MobildevOperation.CANCEL && !configuration.isClassic()) {
                    problems.add("cancel exists only in the classic XML API (Action 6): set api=classic");
                }
                break;
            case CAMPAIGN_SEND:
            case CAMPAIGN_STATUS:
                require(problems, configuration.getClientId(), "clientId");
                if (configuration.isClassic()) {
                    problems.add(operation + " is the integrator API's OAuth2 campaign; with api=classic, send a"
                                 + " list of messages to mobildev:send (Action 1) and read it with mobildev:status");
                }
                break;
            case AUTHORIZE_URL:
                require(problems, configuration.getClientId(), "clientId");
                require(problems, configuration.getRedirectUri(), "redirectUri");
                require(problems, configuration.getScope(), "scope");
                break;
            case EXCHANGE_CODE:
                require(problems, configuration.getClientId(), "clientId");
                require(problems, configuration.getClientSecret(), "clientSecret");
                require(problems, configuration.getRedirectUri(), "redirectUri");
                break;
            default:
                throw new IllegalStateException("unhandled operation " + operation);
        }
        if (configuration.getApi() == null) {
            problems.add("api must be integrator or classic");
        } else if (configuration.isClassic() && configuration.isJson()) {
            problems.add("the classic API takes XML only: format=json needs api=integrator");
        }
        if (!"xml".equals(configuration.getFormat()) && !"json".equals(configuration.getFormat())) {
            problems.add("format must be xml or json, not '" + configuration.getFormat() + "'");
        }
        if (configuration.getRedirectUri() != null && !isAbsoluteUri(configuration.getRedirectUri())) {
            problems.add("redirectUri must be an absolute URI as registered in the panel: "
                         + configuration.getRedirectUri());
        }
        if (configuration.getApiKeyExpiryWarningDays() < 0) {
            problems.add("apiKeyExpiryWarningDays cannot be negative");
        }
        try {
            apiKeyValidUntil = MobildevKeyExpiry.parse(configuration.getApiKeyValidUntil());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        try {
            BaseUrls.check("mobildev", configuration.getBaseUrl(), MobildevConfiguration.DEFAULT_BASE_URL);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("mobildev:" + operation + ": " + String.join("; ", problems));
        }
    }

    private static void require(List<String> problems, String value, String name) {
        if (value == null || value.isBlank()) {
            problems.add("needs " + name + ", on the endpoint or the component");
        }
    }

    private static boolean isAbsoluteUri(String uri) {
        try {
            URI u = URI.create(uri);
            return u.isAbsolute() && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Producer createProducer() {
        return new MobildevProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("mobildev is a producer only; delivery reports are read with the"
                                                + " status and campaign-status operations");
    }

    @Override
    public MobildevComponent getComponent() {
        return (MobildevComponent) super.getComponent();
    }

    public MobildevConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MobildevConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The parsed apiKeyValidUntil, or null. */
    Instant apiKeyValidUntil() {
        return apiKeyValidUntil;
    }

    /** The configured store, or the component's shared in-memory one. */
    TokenStore tokenStore() {
        return configuration.getTokenStore() != null ? configuration.getTokenStore()
                : getComponent().defaultTokenStore();
    }

    Clock clock() {
        return configuration.getClock() != null ? configuration.getClock() : Clock.systemUTC();
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
