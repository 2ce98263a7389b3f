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
package io.kopru.camel.component.brokerage.api;

import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;

import java.net.URI;
import java.util.Set;

/**
 * One Integration API call: {@code {baseUrl}/api/v1/integration{path}} with {@code X-Target-Server: integration} and
 * the account's bearer token. A 401 renews the token once and repeats the call once (a refused call was not
 * processed, so nothing happens twice); any other error status is a typed error.
 */
public final class BrokerageApi {

    static final String JSON = "application/json";
    public static final String PREFIX = "/api/v1/integration";
    /** Methods that do the same whether they arrive once or twice: a lost answer to them is not ambiguous. */
    static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final BrokerageSession session;

    public BrokerageApi(ProviderHttpClient http, String baseUrl, BrokerageSession session) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.session = session;
    }

    /**
     * @param path a checked path relative to the prefix, with its query string if any
     * @param body the JSON to send, or null for none
     * @return the 2xx answer
     */
    public ProviderHttpResponse call(String method, String path, byte[] body) throws Exception {
        boolean idempotent = IDEMPOTENT.contains(method);
        URI uri = URI.create(baseUrl + PREFIX + path);
        return session.tokens().call(token -> {
            ProviderHttpRequest.Builder request = ProviderHttpRequest.method(method, uri)
                    .header("X-Target-Server", "integration")
                    .header("Authorization", "Bearer " + token.getValue())
                    .header("Accept", JSON)
                    .idempotent(idempotent);
            if (body != null) {
                request.body(body, JSON);
            }
            ProviderHttpResponse response = http.execute(request.build());
            if (!response.isSuccess()) {
                throw BrokerageErrors.of(response, idempotent, session.clock());
            }
            return response;
        });
    }
}
