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
package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.signing.HmacSha256;
import io.kopru.camel.support.signing.SkewCorrectedClock;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Signs a transactional request as Mobildev's guide (§3.2) prescribes: {@code X-API-Key}, {@code X-Timestamp} (Unix
 * seconds from a clock that follows Mobildev's), {@code X-Nonce} (a new UUID every time) and {@code X-Signature} = hex
 * HMAC-SHA256(api_secret, {@code METHOD\nPATH\nTIMESTAMP\nNONCE\nBODY}), BODY being exactly the bytes sent (empty for
 * a GET). Each call signs afresh: a request is never sent twice with the same nonce.
 */
public final class MobildevSigner {

    private final String apiKey;
    private final HmacSha256 hmac;
    private final SkewCorrectedClock clock;
    private final Supplier<String> nonces;

    public MobildevSigner(String apiKey, String secretKey, SkewCorrectedClock clock) {
        this(apiKey, secretKey, clock, () -> UUID.randomUUID().toString());
    }

    MobildevSigner(String apiKey, String secretKey, SkewCorrectedClock clock, Supplier<String> nonces) {
        this.apiKey = apiKey;
        this.hmac = new HmacSha256(secretKey);
        this.clock = clock;
        this.nonces = nonces;
    }

    /** Adds the four headers to a request about to be sent with {@code body} ({@code null} or empty for none). */
    public ProviderHttpRequest.Builder sign(ProviderHttpRequest.Builder request, String method, String path,
                                            byte[] body) {
        String timestamp = String.valueOf(clock.epochSeconds());
        String nonce = nonces.get();
        return request.header("X-API-Key", apiKey).header("X-Timestamp", timestamp).header("X-Nonce", nonce)
                .header("X-Signature", signature(method, path, timestamp, nonce, body));
    }

    /** hex HMAC-SHA256 over {@code METHOD\nPATH\nTIMESTAMP\nNONCE\n} followed by the body's bytes. */
    public String signature(String method, String path, String timestamp, String nonce, byte[] body) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes((method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            payload.writeBytes(body);
        }
        return hmac.signHex(payload.toByteArray());
    }

    public SkewCorrectedClock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "MobildevSigner[apiKey=xxxxxx, secretKey=xxxxxx]";
    }
}
