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
package io.kopru.camel.component.restlink.api;

import io.kopru.camel.support.signing.HmacSha256;

import java.nio.charset.StandardCharsets;

/**
 * Restlink's request signature: hex HMAC-SHA256, keyed with the API secret, of {@code METHOD|path|timestamp|body},
 * where the path has no query string ({@code /api/v1/sms/stats}, not {@code /api/v1/sms/stats?period=7d}), the
 * timestamp is Unix seconds as sent in {@code X-Timestamp}, and the body is the exact bytes sent, or nothing for a GET.
 */
public final class RestlinkSigner {

    private final HmacSha256 hmac;

    public RestlinkSigner(String secretKey) {
        this.hmac = new HmacSha256(secretKey);
    }

    /** @param body the raw body as sent; null or empty for a GET */
    public String sign(String method, String path, long timestamp, byte[] body) {
        int q = path.indexOf('?');
        String bare = q < 0 ? path : path.substring(0, q);
        byte[] head = (method + "|" + bare + "|" + timestamp + "|").getBytes(StandardCharsets.UTF_8);
        byte[] tail = body == null || "GET".equals(method) ? new byte[0] : body;
        byte[] message = new byte[head.length + tail.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(tail, 0, message, head.length, tail.length);
        return hmac.signHex(message);
    }

    @Override
    public String toString() {
        return "RestlinkSigner[secret=xxxxxx]";
    }
}
