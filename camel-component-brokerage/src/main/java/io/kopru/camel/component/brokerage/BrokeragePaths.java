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

import io.kopru.camel.support.error.ProviderValidationException;

import java.util.Locale;
import java.util.Set;

/** What a call's path and method may be, checked before anything is sent. */
final class BrokeragePaths {

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private BrokeragePaths() {
    }

    /**
     * A path relative to {@code /api/v1/integration}: starts with {@code /}, stays under the prefix (no {@code ..},
     * no {@code //}, no scheme or host), and is not one of the token endpoints, which are the component's job.
     *
     * @throws ProviderValidationException saying what is wrong
     */
    static String check(String path) {
        String p = path == null ? "" : path.trim();
        String bare = p.contains("?") ? p.substring(0, p.indexOf('?')) : p;
        String problem = null;
        if (!bare.startsWith("/")) {
            problem = "the path '" + p + "' must start with / (relative to /api/v1/integration, e.g. /orders)";
        } else if (bare.startsWith("//") || bare.contains("/../") || bare.endsWith("/..") || bare.contains("/./")
                   || bare.contains("\\") || bare.chars().anyMatch(ch -> ch <= ' ' || ch == '#')) {
            problem = "the path '" + p + "' must be a plain path under /api/v1/integration";
        } else if (bare.toLowerCase(Locale.ROOT).startsWith("/auth/") || bare.equalsIgnoreCase("/auth")) {
            problem = "the path '" + p + "' is a token endpoint; the component authenticates and refreshes by itself";
        } else if (bare.startsWith("/api/v1/integration/") || bare.equals("/api/v1/integration")) {
            problem = "the path '" + p + "' repeats the prefix; give it relative to /api/v1/integration";
        }
        if (problem != null) {
            throw new ProviderValidationException(BrokerageConstants.PROVIDER, problem);
        }
        try {
            java.net.URI.create("http://h" + p);
        } catch (IllegalArgumentException e) {
            throw new ProviderValidationException(BrokerageConstants.PROVIDER, "the path '" + p + "' is not a valid URL"
                                                                               + " path; encode its special characters");
        }
        return p;
    }

    /** @throws ProviderValidationException naming the valid methods */
    static String method(String method) {
        String m = method == null ? "" : method.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
            throw new ProviderValidationException(BrokerageConstants.PROVIDER, "the HTTP method '" + method
                                                                               + "' is none of GET, POST, PUT, PATCH, DELETE");
        }
        return m;
    }
}
