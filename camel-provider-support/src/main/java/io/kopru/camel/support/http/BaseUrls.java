package io.kopru.camel.support.http;

import java.net.URI;
import java.util.Locale;

/**
 * Checks a provider's {@code baseUrl} option when an endpoint is created: {@code scheme://host[:port]}, http or https,
 * with no path, query or user info (the component adds the API's paths; credentials never travel in a URL).
 */
public final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * @param example a correct value for the message, e.g. the production URL
     * @return the URL without a trailing slash
     * @throws IllegalArgumentException saying what is wrong, when the value is missing or is not such a URL
     */
    public static String check(String provider, String baseUrl, String example) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException(provider + " needs baseUrl, scheme://host[:port] with no path, e.g. "
                                               + example);
        }
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(provider + " baseUrl is not a URL: " + baseUrl, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean pathless = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || !pathless
            || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(provider + " baseUrl must be scheme://host[:port] with no path, e.g. "
                                               + example + "; got " + (uri.getRawUserInfo() != null
                                                       ? "a URL with user info" : baseUrl));
        }
        String s = baseUrl.trim();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
