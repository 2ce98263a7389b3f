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
package io.kopru.camel.sandbox.brokerage;

/** One request the simulator received under {@code /api/v1/integration}, as it arrived. */
public final class BrokerageCall {

    public final String method;
    /** The path relative to {@code /api/v1/integration}, e.g. {@code /orders}. */
    public final String path;
    /** The raw query string, or null. */
    public final String query;
    /** The {@code X-Target-Server} header, or null. */
    public final String targetServer;
    /** The bearer token sent, or null. */
    public final String bearerToken;
    /** The {@code Api-Key} header, or null. */
    public final String apiKeyHeader;
    public final String contentType;
    public final String body;

    BrokerageCall(String method, String path, String query, String targetServer, String bearerToken,
                  String apiKeyHeader, String contentType, String body) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.targetServer = targetServer;
        this.bearerToken = bearerToken;
        this.apiKeyHeader = apiKeyHeader;
        this.contentType = contentType;
        this.body = body;
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " [" + targetServer + "]";
    }
}
