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

import java.net.URI;
import java.util.Locale;

/**
 * Checks a provider's {@code baseUrl} option when an endpoint is created: {@code scheme://host[:port]} with no path,
 * query or user info (the component adds the API's paths; credentials never travel in a URL), and https unless the host
 * is loopback: every provider's secret travels in its requests, so plain http is for a local simulator only.
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
        if (!scheme.isEmpty() && !"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(provider + " baseUrl must use https; got the scheme " + scheme);
        }
        boolean pathless = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || !pathless
            || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(provider + " baseUrl must be scheme://host[:port] with no path, e.g. "
                                               + example + "; got " + (uri.getRawUserInfo() != null
                                                       ? "a URL with user info" : baseUrl));
        }
        if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(provider + " baseUrl must use https: the credentials travel in every"
                                               + " request; plain http is accepted only for a loopback host, such as"
                                               + " a local simulator. Got " + baseUrl);
        }
        String s = baseUrl.trim();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A literal loopback host: {@code localhost}, 127.0.0.0/8 or {@code ::1}. Names are not resolved. */
    public static boolean isLoopback(String host) {
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
}
