package io.kopru.camel.component.signaport;

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
import java.util.Locale;
import java.util.Map;

/**
 * Fetches a fresh, single-use Signaport sign token for every exchange, and reads the licence's quota. The licence key
 * and password are sent by the producer; the route receives the token.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "signaport", title = "Signaport", syntax = "signaport:operation",
             producerOnly = true, category = { Category.SECURITY, Category.CLOUD },
             headersClass = SignaportConstants.class)
public class SignaportEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriParam
    private SignaportConfiguration configuration;

    public SignaportEndpoint(String uri, SignaportComponent component, SignaportConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /**
     * Refuses, at endpoint creation, what could never work: missing credentials or signature type, a base URL with a
     * path, plain HTTP to anything but this machine.
     */
    void validate() {
        SignaportOperation operation = configuration.getOperationValue();
        // validate needs only the sign token: the licence is the token's
        if (operation != SignaportOperation.VALIDATE && isBlank(configuration.getLicenseKey())) {
            throw new IllegalArgumentException("signaport needs licenseKey, on the endpoint or the component");
        }
        if (operation == SignaportOperation.GET_TOKEN) {
            if (isBlank(configuration.getPassword())) {
                throw new IllegalArgumentException("signaport:get-token needs password (the licence password), on the"
                                                   + " endpoint or the component");
            }
            if (configuration.getSignatureType() == null) {
                throw new IllegalArgumentException("signaport:get-token needs signatureType: MEDULA (imzaTipi 0) or"
                                                   + " IBYS (imzaTipi 1)");
            }
        }
        if (configuration.getLowQuotaThreshold() < 0) {
            throw new IllegalArgumentException("signaport lowQuotaThreshold must be 0 (off) or more; got "
                                               + configuration.getLowQuotaThreshold());
        }
        validateBaseUrl(configuration.getBaseUrl());
    }

    static void validateBaseUrl(String baseUrl) {
        String given = baseUrl == null ? "" : baseUrl.trim().toLowerCase(Locale.ROOT);
        if (given.contains("://") && !given.startsWith("http://") && !given.startsWith("https://")) {
            throw new IllegalArgumentException("signaport baseUrl must use https; got " + baseUrl);
        }
        URI base = URI.create(BaseUrls.check("signaport", baseUrl, SignaportConfiguration.DEFAULT_BASE_URL));
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        if ("http".equals(scheme)) {
            if (!isLoopback(base.getHost())) {
                throw new IllegalArgumentException("signaport baseUrl must use https: Signaport requires HTTPS (\"HTTPS"
                                                   + " kullanımı zorunludur\") and the password travels in the body;"
                                                   + " plain http is accepted only for a loopback host, such as the"
                                                   + " sandbox. Got " + baseUrl);
            }
        }
    }

    /** A literal loopback host: {@code localhost}, 127.0.0.0/8 or {@code ::1}. Names are not resolved. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if ("localhost".equals(h) || "::1".equals(h) || "0:0:0:0:0:0:0:1".equals(h)) {
            return true;
        }
        String[] octets = h.split("\\.", -1);
        if (octets.length != 4 || !"127".equals(octets[0])) {
            return false;
        }
        for (String o : octets) {
            if (!o.matches("\\d{1,3}") || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Producer createProducer() {
        return new SignaportProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("signaport is a producer only: get-token and check-quota are called"
                                                + " from a route");
    }

    @Override
    public SignaportComponent getComponent() {
        return (SignaportComponent) super.getComponent();
    }

    public SignaportConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SignaportConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return URI.create(configuration.getBaseUrl()).getScheme();
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return null;
    }
}
