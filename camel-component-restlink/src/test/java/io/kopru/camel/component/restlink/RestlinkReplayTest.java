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

import io.kopru.camel.component.restlink.api.RestlinkSigner;
import io.kopru.camel.component.restlink.api.RestlinkSmsRequest;
import io.kopru.camel.sandbox.restlink.RestlinkSignedRequest;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restlink accepts each timestamp + signature pair once, and timestamps have one-second resolution: the component must
 * never send a pair twice, even for identical requests in the same second.
 */
class RestlinkReplayTest extends RestlinkTestSupport {

    @Test
    void aHundredSignedSendsFromEightThreadsWithNoReplayRejected() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Exchange>> sends = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                // 96 different texts, and 4 copies of one: identical requests in the same second
                String text = i < 96 ? "Kodunuz " + (1000 + i) : "Siparişiniz hazır";
                sends.add(pool.submit(() -> call("restlink:send?" + SIGNED_MODE, text,
                        Map.of(SmsHeaders.TO, "5321234567"))));
            }
            for (Future<Exchange> f : sends) {
                Exchange exchange = f.get(60, TimeUnit.SECONDS);
                assertThat(exchange.getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(restlink.acceptedMessages()).hasSize(100);
        assertThat(restlink.replaysRejected()).isZero();
        assertThat(restlink.signatureFailures()).isZero();
        assertThat(server.requestCount("/api/v1/sms/send")).as("no request was repeated").isEqualTo(100);
        List<RestlinkSignedRequest> signed = restlink.signedRequests();
        assertThat(signed.stream().map(s -> s.timestamp + "|" + s.signature).collect(Collectors.toSet()))
                .hasSize(100);
        // the four identical sends: recognised by their signature, each with a second of its own
        byte[] identical = RestlinkSmsRequest.of(List.of(SmsMessage.builder().to("5321234567")
                .text("Siparişiniz hazır").build()), "KOPRU").body();
        RestlinkSigner signer = new RestlinkSigner(RestlinkSimulator.API_SECRET);
        Set<Long> identicalSeconds = signed.stream()
                .filter(s -> s.signature.equals(signer.sign("POST", s.path, s.timestamp, identical)))
                .map(s -> s.timestamp).collect(Collectors.toSet());
        assertThat(identicalSeconds).hasSize(4);
    }

    @Test
    void statsForSeveralPeriodsInOneSecondNeverShareAPairThoughTheQueryIsNotSigned() {
        // GET bodies are "" and the query is not signed: these three would carry one signature in one second
        for (String period : new String[] {"1d", "7d", "30d"}) {
            ok("restlink:stats?" + SIGNED_MODE, null, Map.of(RestlinkConstants.PERIOD, period));
        }
        assertThat(restlink.replaysRejected()).isZero();
        List<RestlinkSignedRequest> signed = restlink.signedRequests();
        assertThat(signed).extracting(s -> s.query).containsExactly("period=1d", "period=7d", "period=30d");
        assertThat(signed).extracting(s -> s.timestamp).doesNotHaveDuplicates();
        assertThat(signed).allSatisfy(s -> assertThat(s.timestamp).as("never a timestamp from the future")
                .isLessThanOrEqualTo(Instant.now().getEpochSecond()));
    }

    /** The simulator really refuses a replayed pair, and a stale timestamp: the tests above mean something. */
    @Test
    void theSimulatorRefusesAReplayedPairAndATimestampOutsideFiveMinutes() throws Exception {
        RestlinkSigner signer = new RestlinkSigner(RestlinkSimulator.API_SECRET);
        byte[] body = "{\"to\":[\"+905321234567\"],\"message\":\"hi\"}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        assertThat(rawSend(client, body, now, signer.sign("POST", "/api/v1/sms/send", now, body)).statusCode())
                .isEqualTo(200);
        HttpResponse<String> replay = rawSend(client, body, now, signer.sign("POST", "/api/v1/sms/send", now, body));
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("INVALID_SIGNATURE");
        assertThat(restlink.replaysRejected()).isEqualTo(1);

        long stale = now - 301;
        HttpResponse<String> old = rawSend(client, body, stale, signer.sign("POST", "/api/v1/sms/send", stale, body));
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(old.body()).contains("INVALID_SIGNATURE", "5 minutes");
        assertThat(restlink.acceptedMessages()).hasSize(1);
    }

    private HttpResponse<String> rawSend(HttpClient client, byte[] body, long timestamp, String signature)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/sms/send"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-API-Key", RestlinkSimulator.SIGNED_API_KEY)
                .header("X-Timestamp", Long.toString(timestamp))
                .header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
