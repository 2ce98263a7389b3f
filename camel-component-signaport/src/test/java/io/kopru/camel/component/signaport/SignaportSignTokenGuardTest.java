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

import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator.Use;
import io.kopru.camel.support.error.ProviderValidationException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard refuses a sign token past its 5 minutes before it is used, and agrees with the signing service: what it
 * lets through the simulator accepts, what it refuses the simulator would have refused as expired.
 */
class SignaportSignTokenGuardTest extends SignaportTestSupport {

    /** What the signing service (the simulator) said about each token that reached it. */
    private final List<Use> uses = new CopyOnWriteArrayList<>();

    @Override
    protected void configureContext(CamelContext context) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // get a token, then (time may pass: the test moves the sandbox clock) guard it and sign with it
                from("direct:get").to("signaport:get-token");
                from("direct:sign").process(new SignaportSignTokenGuard(clock)).to("direct:signer");
                from("direct:sign-no-margin").process(new SignaportSignTokenGuard(clock, Duration.ZERO))
                        .to("direct:signer");
                from("direct:signer").process(e -> uses.add(signaport.useSignToken(
                        e.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class))));
            }
        });
    }

    /** A token fetched now, as the exchange that carries it to the signing step. */
    private Exchange fetched() {
        Exchange exchange = call("direct:get");
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    private Exchange signWith(String route, Exchange fetched) {
        return template.send(route, e -> {
            e.getMessage().setBody(fetched.getMessage().getBody());
            e.getMessage().setHeaders(fetched.getMessage().getHeaders());
        });
    }

    @Test
    void aFreshTokenPassesAndTheSigningServiceAcceptsIt() {
        clock.advance(Duration.ofMinutes(4));
        Exchange signed = signWith("direct:sign", fetched());
        assertThat(signed.getException()).isNull();
        assertThat(uses).containsExactly(Use.ACCEPTED);
    }

    @Test
    void aTokenOlderThanItsFiveMinutesIsRefusedBeforeUseAndTheSigningServiceWouldHaveRefusedItToo() {
        Exchange token = fetched();
        clock.advance(Duration.ofMinutes(5));
        Exchange signed = signWith("direct:sign", token);
        Exception e = exceptionOf(signed);
        assertThat(e).isInstanceOfSatisfying(ProviderValidationException.class, v -> {
            assertThat(v.isDefinitelyNotSent()).isTrue();
            assertThat(v.getHttpStatus()).isZero();
            assertThat(v.getViolations()).singleElement().asString().contains("expired at",
                    "Fetch a fresh one with signaport:get-token");
        });
        assertThat(uses).as("the signing step was never reached").isEmpty();
        assertThat(signaport.useSignToken(token.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class)))
                .isEqualTo(Use.EXPIRED);
    }

    @Test
    void theMarginRefusesATokenAboutToExpireAndZeroMarginLetsItThrough() {
        Exchange token = fetched();
        clock.advance(Duration.ofMinutes(5).minusSeconds(5));
        assertThat(exceptionOf(signWith("direct:sign", token))).isInstanceOf(ProviderValidationException.class)
                .hasMessageContaining("within 10s");
        assertThat(uses).isEmpty();
        assertThat(signWith("direct:sign-no-margin", token).getException()).isNull();
        assertThat(uses).containsExactly(Use.ACCEPTED);
    }

    @Test
    void theGuardReadsTheHeadersWhenTheBodyIsNoLongerTheToken() {
        Exchange token = fetched();
        token.getMessage().setBody("<document/>");
        assertThat(signWith("direct:sign", token).getException()).isNull();

        Exchange old = fetched();
        old.getMessage().setBody("<document/>");
        clock.advance(Duration.ofMinutes(6));
        assertThat(exceptionOf(signWith("direct:sign", old))).isInstanceOf(ProviderValidationException.class);
        assertThat(uses).containsExactly(Use.ACCEPTED);
    }

    @Test
    void anExchangeWithoutASignTokenIsRefused() {
        Exchange e = template.send("direct:sign", x -> x.getMessage().setBody("<document/>"));
        assertThat(exceptionOf(e)).isInstanceOf(ProviderValidationException.class)
                .hasMessageContaining("call signaport:get-token first");
        assertThat(uses).isEmpty();
    }

    @Test
    void theMarginIsBounded() {
        assertThatThrownBy(() -> new SignaportSignTokenGuard(clock, Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignaportSignTokenGuard(clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(signaport.issuedSignTokens()).isEmpty();
        assertThat(call("direct:sign", "x", Map.of(SignaportConstants.SIGN_TOKEN, "t",
                SignaportConstants.SIGN_TOKEN_EXPIRES_AT, clock.instant().plusSeconds(60).toString()))
                .getException()).as("an ISO-8601 text header is read too").isNull();
        assertThat(uses).containsExactly(Use.INVALID);
        assertThat(SignaportSimulator.SIGN_TOKEN_LIFETIME).isEqualTo(Duration.ofMinutes(5));
    }
}
