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
package io.kopru.camel.component.signaport;

import io.kopru.camel.component.signaport.api.SignaportToken;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator.IssuedSignToken;
import io.kopru.camel.support.error.ProviderRepeatedTokenException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exchange gets its own sign token, fresh from Signaport, and the route receives it. */
class SignaportGetTokenTest extends SignaportTestSupport {

    /** What the signing step of the route received, in order. */
    private final List<Message> signed = new CopyOnWriteArrayList<>();

    @Override
    protected void configureContext(CamelContext context) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sign").routeId("sign")
                        .to("signaport:get-token")
                        .process(e -> signed.add(e.getMessage().copy()));
            }
        });
    }

    private Exchange sign(Map<String, Object> headers) {
        Exchange exchange = call("direct:sign", "document", headers);
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    @Test
    void twoExchangesGetTwoDifferentSignTokensAndEachReachesTheRoute() {
        Instant before = clock.instant();
        sign(Map.of());
        sign(Map.of());

        assertThat(signed).hasSize(2);
        List<String> tokens = signed.stream().map(m -> m.getHeader(SignaportConstants.SIGN_TOKEN, String.class))
                .collect(Collectors.toList());
        assertThat(tokens).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(tokens).as("exactly the tokens Signaport issued, in order")
                .containsExactlyElementsOf(signaport.issuedSignTokenValues());
        assertThat(server.requestCount(SignaportSimulator.GET_TOKEN_PATH)).as("one get-token per exchange, no cache")
                .isEqualTo(2);

        for (int i = 0; i < 2; i++) {
            Message m = signed.get(i);
            SignaportToken token = m.getBody(SignaportToken.class);
            assertThat(token.getSignToken()).isEqualTo(tokens.get(i));
            assertThat(token.getSignatureType()).isEqualTo(SignaportSignatureType.MEDULA);
            assertThat(token.getAccessToken()).isNotBlank().isNotEqualTo(token.getSignToken())
                    .isEqualTo(m.getHeader(SignaportConstants.ACCESS_TOKEN));
            assertThat(m.getHeader(SignaportConstants.REMAINING_QUOTA)).as("issuing a token spends nothing")
                    .isEqualTo(SignaportSimulator.INITIAL_QUOTA);
            Instant signExpiry = m.getHeader(SignaportConstants.SIGN_TOKEN_EXPIRES_AT, Instant.class);
            assertThat(signExpiry).isEqualTo(token.getSignTokenExpiresAt());
            assertThat(Duration.between(token.getIssuedAt(), signExpiry)).isEqualTo(Duration.ofMinutes(5));
            assertThat(token.getIssuedAt()).isBetween(before, clock.instant());
            assertThat(Duration.between(token.getIssuedAt(), m.getHeader(SignaportConstants.ACCESS_TOKEN_EXPIRES_AT,
                    Instant.class))).isEqualTo(Duration.ofMinutes(15));
            // the expiry the component reckons is never later than Signaport's
            IssuedSignToken issued = signaport.issuedSignTokens().get(i);
            assertThat(signExpiry).isBeforeOrEqualTo(issued.expiresAt());
        }

        // each token is a real, unused one: validate takes each once, and only then is a signature spent
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA);
        for (String token : tokens) {
            assertThat(signaport.useSignToken(token)).isEqualTo(SignaportSimulator.Use.ACCEPTED);
        }
        assertThat(signaport.license(SignaportSimulator.LICENSE_KEY).remainingQuota())
                .isEqualTo(SignaportSimulator.INITIAL_QUOTA - 2);
    }

    @Test
    void concurrentExchangesEachGetTheirOwnToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> call("direct:sign", "document", Map.of())));
            }
            for (Future<Exchange> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(signed).hasSize(8);
        assertThat(signed.stream().map(m -> m.getHeader(SignaportConstants.SIGN_TOKEN)).distinct()).hasSize(8);
        assertThat(server.requestCount(SignaportSimulator.GET_TOKEN_PATH)).isEqualTo(8);
    }

    @Test
    void theSignatureTypeIsSentAsImzaTipiAndTheHeaderOverridesTheEndpoint() {
        assertThat(call("signaport:get-token?signatureType=IBYS").getException()).isNull();
        assertThat(call("signaport:get-token?signatureType=IBYS", null,
                Map.of(SignaportConstants.SIGNATURE_TYPE, "MEDULA")).getException()).isNull();
        assertThat(call("signaport:get-token", null, Map.of(SignaportConstants.SIGNATURE_TYPE, "1")).getException())
                .isNull();
        assertThat(call("signaport:get-token", null, Map.of(SignaportConstants.SIGNATURE_TYPE, "İBYS"))
                .getMessage().getBody(SignaportToken.class).getSignatureType()).isEqualTo(SignaportSignatureType.IBYS);
        assertThat(signaport.issuedSignTokens()).extracting(IssuedSignToken::imzaTipi).containsExactly(1, 0, 1, 1);
    }

    @Test
    void aSignTokenSignaportRepeatsIsRefusedNotHandedOutTwice() {
        sign(Map.of());
        signaport.repeatNextSignToken();
        Exchange second = call("direct:sign", "document", Map.of());
        assertThat(exceptionOf(second)).isInstanceOf(ProviderUnknownErrorException.class)
                .isInstanceOfSatisfying(ProviderRepeatedTokenException.class, e -> {
                    assertThat(e.getProviderMessage()).isEqualTo("Signaport returned a sign token it had returned before");
                    assertThat(e.isDefinitelyNotSent()).as("Signaport did process the request").isFalse();
                });
        assertThat(signed).as("the repeated token never reached the route").hasSize(1);
        assertThat(second.getMessage().getHeader(SignaportConstants.SIGN_TOKEN)).isNull();
        // and the component recovers: the next exchange gets a new token
        sign(Map.of());
        assertThat(signed).hasSize(2);
        assertThat(signed.get(1).getHeader(SignaportConstants.SIGN_TOKEN))
                .isNotEqualTo(signed.get(0).getHeader(SignaportConstants.SIGN_TOKEN));
    }

    @Test
    void theTokenObjectNeverPrintsATokenValue() {
        SignaportToken token = sign(Map.of()).getMessage().getBody(SignaportToken.class);
        assertThat(token.toString()).doesNotContain(token.getSignToken()).doesNotContain(token.getAccessToken())
                .contains("signToken=xxxxxx", "remainingQuota=" + SignaportSimulator.INITIAL_QUOTA);
    }
}
