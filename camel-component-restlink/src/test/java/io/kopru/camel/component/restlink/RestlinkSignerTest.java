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
package io.kopru.camel.component.restlink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.component.restlink.api.RestlinkSigner;
import io.kopru.camel.component.restlink.api.RestlinkSmsRequest;
import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature against the shared test vectors, computed with the algorithm printed in Restlink's document. */
class RestlinkSignerTest {

    private static JsonNode vectors() throws Exception {
        try (InputStream in = RestlinkSignerTest.class.getResourceAsStream("/test-vectors/signatures.json")) {
            return new ObjectMapper().readTree(in).path("restlink");
        }
    }

    @Test
    void everyRestlinkVectorSignsToItsSignature() throws Exception {
        JsonNode vectors = vectors();
        assertThat(vectors.size()).isEqualTo(2);
        for (JsonNode v : vectors) {
            RestlinkSigner signer = new RestlinkSigner(v.path("secretKey").asText());
            assertThat(signer.sign(v.path("method").asText(), v.path("path").asText(),
                    v.path("timestamp").asLong(), v.path("body").asText().getBytes(StandardCharsets.UTF_8)))
                    .as(v.path("method").asText() + " " + v.path("path").asText())
                    .isEqualTo(v.path("signature").asText());
        }
    }

    @Test
    void theSendBodyIsWrittenExactlyAsTheDocumentsExampleSoItsSignatureMatches() throws Exception {
        JsonNode post = vectors().get(0);
        RestlinkSmsRequest request = RestlinkSmsRequest.of(
                List.of(SmsMessage.builder().to("+14155551234").text("Hello!").sender("MyApp").build()), null);
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(post.path("body").asText());
        assertThat(new RestlinkSigner(post.path("secretKey").asText())
                .sign("POST", "/api/v1/sms/send", post.path("timestamp").asLong(), request.body()))
                .isEqualTo(post.path("signature").asText());
    }

    @Test
    void aGetIsSignedOverThePathWithoutItsQueryStringAndAnEmptyBody() throws Exception {
        JsonNode get = vectors().get(1);
        RestlinkSigner signer = new RestlinkSigner(get.path("secretKey").asText());
        long ts = get.path("timestamp").asLong();
        assertThat(signer.sign("GET", "/api/v1/sms/stats?period=7d", ts, null)).isEqualTo(get.path("signature").asText());
        assertThat(signer.sign("GET", "/api/v1/sms/stats", ts, "ignored".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(get.path("signature").asText());
        assertThat(signer.toString()).doesNotContain(get.path("secretKey").asText());
    }
}
