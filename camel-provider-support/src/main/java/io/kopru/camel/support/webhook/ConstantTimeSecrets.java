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
package io.kopru.camel.support.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Compares a credential a caller sent with the configured one in constant time: both are hashed with SHA-256 and the
 * digests, always of equal length, compared with {@link MessageDigest#isEqual}, so that neither the position of the
 * first wrong character nor the length of the secret shows in the time a refusal takes.
 */
public final class ConstantTimeSecrets {

    private ConstantTimeSecrets() {
    }

    /**
     * @param sent     what the caller sent, or null (compared as the empty string, and never accepted)
     * @param expected the configured secret, never null
     */
    public static boolean matches(String sent, String expected) {
        boolean same = MessageDigest.isEqual(sha256(sent == null ? "" : sent),
                sha256(Objects.requireNonNull(expected, "expected")));
        return same & sent != null;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
