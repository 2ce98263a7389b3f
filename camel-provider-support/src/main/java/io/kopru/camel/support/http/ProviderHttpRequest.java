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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request to a provider, built afresh for every attempt (a signed request carries a nonce and timestamp that are
 * never re-used). The exact bytes of {@link #body()} are what is sent, and what a signature was computed over.
 */
public final class ProviderHttpRequest {

    private final String method;
    private final URI uri;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final String contentType;
    private final boolean idempotent;
    private volatile String logTarget;

    private ProviderHttpRequest(Builder b) {
        this.method = b.method;
        this.uri = b.uri;
        this.headers = Collections.unmodifiableList(new ArrayList<>(b.headers));
        this.body = b.body;
        this.contentType = b.contentType;
        this.idempotent = b.idempotent != null ? b.idempotent : "GET".equals(b.method) || "HEAD".equals(b.method);
        this.logTarget = b.logTarget; // the default, from the URI, is written only when a log or an error needs it
    }

    private static String withoutQuery(URI uri) {
        String s = uri.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    public static Builder get(URI uri) {
        return new Builder("GET", uri);
    }

    public static Builder post(URI uri) {
        return new Builder("POST", uri);
    }

    public static Builder method(String method, URI uri) {
        return new Builder(method, uri);
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The body, or null for none. */
    public byte[] body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * Whether repeating it cannot do anything twice (a query). A non-idempotent request that fails after it left is
     * reported as an ambiguous result.
     */
    public boolean idempotent() {
        return idempotent;
    }

    /** How the request is named in logs and errors; never holds a secret. */
    public String logTarget() {
        String target = logTarget;
        if (target == null) {
            target = method + " " + withoutQuery(uri);
            logTarget = target;
        }
        return target;
    }

    public static final class Builder {
        private final String method;
        private final URI uri;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body;
        private String contentType;
        private Boolean idempotent;
        private String logTarget;

        private Builder(String method, URI uri) {
            this.method = Objects.requireNonNull(method, "method");
            this.uri = Objects.requireNonNull(uri, "uri");
        }

        public Builder header(String name, String value) {
            if (value != null) {
                headers.add(Map.entry(name, value));
            }
            return this;
        }

        public Builder body(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        public Builder body(String body, String contentType) {
            return body(body.getBytes(StandardCharsets.UTF_8), contentType);
        }

        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** Names the request in logs when its URI holds something that must not be logged. */
        public Builder logTarget(String logTarget) {
            this.logTarget = logTarget;
            return this;
        }

        public ProviderHttpRequest build() {
            return new ProviderHttpRequest(this);
        }
    }
}
