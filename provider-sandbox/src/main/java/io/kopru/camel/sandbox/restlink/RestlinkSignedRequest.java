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
package io.kopru.camel.sandbox.restlink;

/** A request whose HMAC signature the simulator verified and accepted, as it arrived. */
public final class RestlinkSignedRequest {

    public final String method;
    /** The path as sent, without the query string: what the signature covers. */
    public final String path;
    /** The raw query string, or null; not covered by the signature. */
    public final String query;
    public final long timestamp;
    public final String signature;

    RestlinkSignedRequest(String method, String path, String query, long timestamp, String signature) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.timestamp = timestamp;
        this.signature = signature;
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " @" + timestamp;
    }
}
