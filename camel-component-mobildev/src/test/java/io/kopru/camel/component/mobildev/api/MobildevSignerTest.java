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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.signing.SkewCorrectedClock;
import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature against the test vectors computed with the guide's own algorithm. */
class MobildevSignerTest {

    /** The team's vectors, kept once, in the support module. */
    private static final Path VECTORS = Path.of("..", "camel-provider-support", "src", "test", "resources",
            "test-vectors", "signatures.json");

    @Test
    void everyMobildevTestVectorIsReproduced() throws Exception {
        assertThat(VECTORS).as("run from the module directory, in the reactor").exists();
        JsonNode vectors = new ObjectMapper().readTree(Files.readAllBytes(VECTORS)).path("mobildev");
        assertThat(vectors.size()).isEqualTo(3);
        for (JsonNode v : vectors) {
            MobildevSigner signer = new MobildevSigner("ignored", v.path("secretKey").asText(),
                    new SkewCorrectedClock(Clock.systemUTC()));
            assertThat(signer.signature(v.path("method").asText(), v.path("path").asText(),
                    v.path("timestamp").asText(), v.path("nonce").asText(),
                    v.path("body").asText().getBytes(StandardCharsets.UTF_8)))
                    .as(v.path("method").asText() + " " + v.path("path").asText())
                    .isEqualTo(v.path("signature").asText());
        }
    }

    @Test
    void theJsonBodyOfTheGuidesExampleIsByteForByteTheOneSignedInTheVector() throws Exception {
        JsonNode vector = new ObjectMapper().readTree(Files.readAllBytes(VECTORS)).path("mobildev").get(0);
        MobildevBatch batch = new MobildevBatchBuilder(null, false, null, Clock.systemUTC())
                .transactional(List.of(SmsMessage.of("Test mesajı", "5551234567"))).get(0);
        byte[] body = MobildevBodies.json(batch);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(vector.path("body").asText());

        Clock fixed = Clock.fixed(Instant.ofEpochSecond(vector.path("timestamp").asLong()), ZoneOffset.UTC);
        MobildevSigner signer = new MobildevSigner("ent_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
                vector.path("secretKey").asText(), new SkewCorrectedClock(fixed), () -> vector.path("nonce").asText());
        ProviderHttpRequest request = signer.sign(ProviderHttpRequest.post(URI.create("http://h/v1/transactional/send")),
                "POST", "/v1/transactional/send", body).build();
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.put(h.getKey(), h.getValue()));
        assertThat(headers).containsEntry("X-API-Key", "ent_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6")
                .containsEntry("X-Timestamp", "1742995200")
                .containsEntry("X-Nonce", "550e8400-e29b-41d4-a716-446655440000")
                .containsEntry("X-Signature", vector.path("signature").asText());
    }

    @Test
    void everySignatureHasItsOwnNonce() {
        MobildevSigner signer = new MobildevSigner("k", "s", new SkewCorrectedClock(Clock.systemUTC()));
        String first = nonce(signer.sign(ProviderHttpRequest.get(URI.create("http://h/x")), "GET", "/x", null).build());
        String second = nonce(signer.sign(ProviderHttpRequest.get(URI.create("http://h/x")), "GET", "/x", null).build());
        assertThat(first).isNotEqualTo(second).matches("[0-9a-f-]{36}");
        assertThat(signer.toString()).doesNotContain("s]").contains("xxxxxx");
    }

    private static String nonce(ProviderHttpRequest request) {
        return request.headers().stream().filter(h -> h.getKey().equals("X-Nonce")).findFirst().orElseThrow()
                .getValue();
    }
}
