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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * JSON Web Tokens (HS256) as a provider issues them: signed with a secret only the simulator knows, with {@code sub},
 * {@code iat}, {@code exp} and a unique {@code jti}. {@link #verify} checks the signature and the expiry against the
 * sandbox's clock, so that a test can expire a token by moving the clock.
 */
public final class SandboxJwt {

    /** Why a token was refused. */
    public enum Problem { MALFORMED, BAD_SIGNATURE, EXPIRED }

    /** A verified token's claims, or the problem found. */
    public static final class Verified {
        public final JsonNode claims;
        public final Problem problem;

        Verified(JsonNode claims, Problem problem) {
            this.claims = claims;
            this.problem = problem;
        }

        public boolean valid() {
            return problem == null;
        }
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final ObjectMapper json = new ObjectMapper();
    private final byte[] key = SandboxCrypto.randomHex(32).getBytes(StandardCharsets.UTF_8);

    /** A token for {@code subject} that expires {@code lifetime} after {@code now}, with extra claims. */
    public String issue(String subject, Instant now, Duration lifetime, Map<String, Object> extraClaims) {
        ObjectNode claims = json.createObjectNode();
        claims.put("sub", subject).put("iat", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond()).put("jti", SandboxCrypto.randomHex(8));
        extraClaims.forEach((k, v) -> claims.set(k, json.valueToTree(v)));
        String payload = B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        String signingInput = HEADER + "." + payload;
        return signingInput + "." + B64.encodeToString(
                SandboxCrypto.hmacSha256(key, signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Checks the signature and that {@code exp} is after {@code now}. */
    public Verified verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            return new Verified(null, Problem.MALFORMED);
        }
        String expected = B64.encodeToString(SandboxCrypto.hmacSha256(key,
                (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        if (!SandboxCrypto.constantTimeEquals(expected, parts[2])) {
            return new Verified(null, Problem.BAD_SIGNATURE);
        }
        JsonNode claims;
        try {
            claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            return new Verified(null, Problem.MALFORMED);
        }
        if (!claims.path("exp").canConvertToLong() || now.getEpochSecond() >= claims.path("exp").asLong()) {
            return new Verified(claims, Problem.EXPIRED);
        }
        return new Verified(claims, null);
    }
}
