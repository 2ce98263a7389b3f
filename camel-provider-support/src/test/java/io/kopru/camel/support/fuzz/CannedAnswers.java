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
package io.kopru.camel.support.fuzz;

import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;

import java.util.List;
import java.util.Map;

/**
 * A {@link ProviderHttpClient} that answers every request with the answer last set, without any network, so that a
 * fuzz target can feed a component's answer parsers thousands of arbitrary answers a second. (The components'
 * example-based tests talk to the sandbox over real HTTP; this is only for fuzzing.)
 */
public final class CannedAnswers extends ProviderHttpClient {

    /** Statuses a fuzz target picks from: success, the documented refusals, and the unexpected. */
    public static final int[] STATUSES = {200, 200, 200, 201, 204, 400, 401, 402, 403, 404, 409, 422, 429, 500, 502,
            503, 302, 100, 999};

    private volatile ProviderHttpResponse answer = new ProviderHttpResponse(200, Map.of(), new byte[0], null);

    public CannedAnswers(String provider) {
        super(provider, HttpClients.createMinimal());
    }

    /** The next answers: {@code body} with {@code status} and {@code Content-Type: contentType}. */
    public CannedAnswers answer(int status, String contentType, byte[] body) {
        return answer(status, Map.of("Content-Type", List.of(contentType)), body);
    }

    /** The next answers: {@code body} with {@code status} and these headers. */
    public CannedAnswers answer(int status, Map<String, List<String>> headers, byte[] body) {
        this.answer = new ProviderHttpResponse(status, headers, body, null);
        return this;
    }

    @Override
    public ProviderHttpResponse execute(ProviderHttpRequest request) {
        return answer;
    }
}
