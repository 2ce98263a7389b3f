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
package io.kopru.camel.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to a simulator, read whole, and the answer it builds. The answer is held until the simulator is done,
 * so that the sandbox can still delay it, drop it or spoil it (see {@link Fault}).
 */
public final class SandboxExchange {

    private final HttpExchange http;
    private final byte[] body;
    private final Map<String, String> query;
    private int status;
    private byte[] responseBody = new byte[0];
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();

    SandboxExchange(HttpExchange http) throws IOException {
        this.http = http;
        this.body = http.getRequestBody().readAllBytes();
        this.query = parseQuery(http.getRequestURI().getRawQuery());
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return result;
    }

    public String method() {
        return http.getRequestMethod();
    }

    /** The path, without the query string. */
    public String path() {
        return http.getRequestURI().getPath();
    }

    /** The raw path as sent, without the query string. */
    public String rawPath() {
        return http.getRequestURI().getRawPath();
    }

    public Map<String, String> query() {
        return query;
    }

    /** The query string as sent, undecoded, or null when there is none. */
    public String rawQuery() {
        return http.getRequestURI().getRawQuery();
    }

    /** The first value of a request header, or null. */
    public String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    public List<String> headers(String name) {
        List<String> values = http.getRequestHeaders().get(name);
        return values == null ? List.of() : values;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The caller's IP address, for allow-lists. */
    public String remoteIp() {
        return http.getRemoteAddress().getAddress().getHostAddress();
    }

    public void respond(int status, String contentType, byte[] body) {
        this.status = status;
        this.responseBody = body == null ? new byte[0] : body;
        if (contentType != null) {
            responseHeaders.put("Content-Type", contentType);
        }
    }

    public void respond(int status, String contentType, String body) {
        respond(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public void respondJson(int status, String json) {
        respond(status, "application/json; charset=utf-8", json);
    }

    public void responseHeader(String name, String value) {
        responseHeaders.put(name, value);
    }

    public int status() {
        return status;
    }

    public byte[] responseBody() {
        return responseBody;
    }

    Map<String, String> responseHeaders() {
        return responseHeaders;
    }

    HttpExchange http() {
        return http;
    }
}
