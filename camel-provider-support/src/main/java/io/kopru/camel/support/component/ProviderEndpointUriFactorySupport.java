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
package io.kopru.camel.support.component;

import org.apache.camel.support.component.EndpointUriFactorySupport;
import org.apache.camel.util.URISupport;

import java.util.Map;
import java.util.TreeMap;

/**
 * The base class of the components' generated URI factories: Camel's {@link EndpointUriFactorySupport} with the query
 * built here, so that a factory compiled against Camel 4.14 also builds URIs on Camel 4.18.
 *
 * <p>Camel 4.18's {@code buildQueryParameters} flattens multi-value options through {@code multiValuePrefixes()},
 * whose return type changed from {@code Set} (4.14) to {@code Map} (4.18): a factory compiled on 4.14 has only the
 * {@code Set} method, and the call fails with {@code AbstractMethodError}. This class builds the query the way both
 * versions do for options that are not multi-value (sorted, secrets as {@code RAW(...)}), and never calls
 * {@code multiValuePrefixes()}. The build points each generated factory here (the root pom, profile
 * {@code camel-component}), which is right only while no option is multi-value; camel-4.18-compat checks the
 * catalogs for that.
 */
public abstract class ProviderEndpointUriFactorySupport extends EndpointUriFactorySupport {

    @Override
    protected String buildQueryParameters(String uri, Map<String, Object> parameters, boolean encode) {
        // sorted, as Camel sorts them
        Map<String, Object> query = new TreeMap<>(parameters);
        // a secret is taken as written: RAW(...) unless it is a bean reference or already raw
        for (String secret : secretPropertyNames()) {
            if (query.get(secret) instanceof String value && !value.startsWith("#") && !value.startsWith("RAW(")) {
                query.put(secret, "RAW(" + value + ")");
            }
        }
        String queryString = URISupport.createQueryString(query, encode);
        if (queryString == null || queryString.isEmpty()) {
            return uri;
        }
        // a context path may already hold a '?' (Camel appends with '&' then, as the catalog does)
        return uri + (uri.indexOf('?') != -1 ? "&" : "?") + queryString;
    }
}
