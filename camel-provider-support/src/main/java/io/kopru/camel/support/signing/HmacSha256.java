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
package io.kopru.camel.support.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 with a shared secret, hex encoded in lower case, over the UTF-8 bytes of a canonical string each
 * provider defines. Thread-safe: each thread signs with its own {@link Mac}.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private final ThreadLocal<Mac> mac;

    public HmacSha256(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("an HMAC secret is required");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        init(key); // fail now, not on the first message, if the JVM lacks the algorithm
        this.mac = ThreadLocal.withInitial(() -> init(key));
    }

    private static Mac init(SecretKeySpec key) {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public String signHex(String payload) {
        return signHex(payload.getBytes(StandardCharsets.UTF_8));
    }

    public String signHex(byte[] payload) {
        return HexFormat.of().formatHex(mac.get().doFinal(payload));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "HmacSha256[secret=xxxxxx]";
    }
}
