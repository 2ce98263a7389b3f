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
package io.kopru.camel.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziOrderBuilder;
import io.kopru.camel.support.json.ProviderJson;
import io.kopru.camel.support.signing.HmacSha256;
import io.kopru.camel.support.sms.SmsMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What the components add per request on top of the HTTP call: validating and marshalling an SMS into the provider's
 * body, and signing a request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarshallingBenchmark {

    private final IletimerkeziOrderBuilder builder = new IletimerkeziOrderBuilder("ACME", false, null);
    private final List<SmsMessage> message = List.of(SmsMessage.of("Siparişiniz yola çıktı, kargo kodu 4815162342",
            "5321234567"));
    private final ObjectMapper mapper = ProviderJson.mapper();
    private final HmacSha256 hmac = new HmacSha256("xK9mQ2pR5tY7wE3aG8bN4cL6dV0fH1jZ");
    private final String body = "{\"to\":\"5551234567\",\"message\":\"Test mesajı\"}";

    /** iletiMerkezi: numbers validated with libphonenumber, segments counted, the order written as JSON. */
    @Benchmark
    public byte[] iletimerkeziOrderToJson() throws Exception {
        try (ByteArrayBuilder out = new ByteArrayBuilder(512);
             JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            builder.build(message).writeTo(g); // as the component writes it into its request
            g.flush();
            return out.toByteArray();
        }
    }

    /** An HMAC-SHA256 request signature over method, path, timestamp, a fresh nonce and the body. */
    @Benchmark
    public String hmacSignature() {
        String nonce = UUID.randomUUID().toString();
        return hmac.signHex("POST\n/v1/transactional/send\n" + (System.currentTimeMillis() / 1000) + "\n" + nonce
                            + "\n" + body);
    }
}
