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

import io.kopru.camel.support.ratelimit.RateLimitInfo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A provider's answer, read whole: status, headers (names case-insensitive) and body bytes. */
public final class ProviderHttpResponse {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Charset charset;

    public ProviderHttpResponse(int status, Map<String, List<String>> headers, byte[] body, Charset charset) {
        this.status = status;
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        this.headers = h;
        this.body = body == null ? new byte[0] : body;
        this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public String bodyAsString() {
        return new String(body, charset);
    }

    public RateLimitInfo rateLimit(Long bodyRetryAfterSeconds, Clock clock) {
        return RateLimitInfo.parse(this::header, bodyRetryAfterSeconds, clock);
    }
}
