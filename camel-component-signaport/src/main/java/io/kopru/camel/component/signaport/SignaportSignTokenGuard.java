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
import io.kopru.camel.support.error.ProviderValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Refuses an exchange whose sign token is past its 5 minutes, before it is handed to the signing service: a step to
 * put right before the token is used, wherever time may have passed since get-token (a queue, a person, a slow
 * document). An expired token would be refused by the signing service anyway; this refuses it here, with a
 * {@link ProviderValidationException} (nothing sent, HTTP status 0) that says to fetch a fresh one.
 * <p>
 * It reads the token's expiry from the body (a {@link SignaportToken}) or else from the
 * {@code CamelSignaportSignTokenExpiresAt} header, and refuses it {@code margin} before that instant (default
 * {@link #DEFAULT_MARGIN}), the time the signing call may need to arrive. Give it the same clock as the component when
 * the component has one.
 * <pre>
 * from("direct:sign").to("signaport:get-token").process(new SignaportSignTokenGuard()).to("direct:signer");
 * </pre>
 * In YAML: {@code - bean: {beanType: io.kopru.camel.component.signaport.SignaportSignTokenGuard}}.
 */
public class SignaportSignTokenGuard implements Processor {

    /** How long before its expiry a sign token is no longer handed out. */
    public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(10);

    private final Clock clock;
    private final Duration margin;

    public SignaportSignTokenGuard() {
        this(Clock.systemUTC(), DEFAULT_MARGIN);
    }

    public SignaportSignTokenGuard(Clock clock) {
        this(clock, DEFAULT_MARGIN);
    }

    public SignaportSignTokenGuard(Clock clock, Duration margin) {
        if (margin.isNegative() || margin.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("the margin must be between 0 and 1 minute of the sign token's 5; got "
                                               + margin);
        }
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.margin = margin;
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getMessage();
        Instant expiresAt;
        if (in.getBody() instanceof SignaportToken) {
            expiresAt = ((SignaportToken) in.getBody()).getSignTokenExpiresAt();
        } else if (in.getHeader(SignaportConstants.SIGN_TOKEN) != null) {
            expiresAt = expiresAt(in.getHeader(SignaportConstants.SIGN_TOKEN_EXPIRES_AT));
        } else {
            expiresAt = null;
        }
        if (expiresAt == null) {
            throw new ProviderValidationException(SignaportConstants.PROVIDER, "no sign token on this exchange: neither"
                    + " a SignaportToken body nor the " + SignaportConstants.SIGN_TOKEN + " and "
                    + SignaportConstants.SIGN_TOKEN_EXPIRES_AT + " headers; call signaport:get-token first");
        }
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt.minus(margin))) {
            throw expired(expiresAt, now);
        }
    }

    private static Instant expiresAt(Object header) {
        if (header == null || header instanceof Instant) {
            return (Instant) header;
        }
        try {
            return Instant.parse(header.toString().trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private ProviderValidationException expired(Instant expiresAt, Instant now) {
        return new ProviderValidationException(SignaportConstants.PROVIDER, "the sign token "
                + (now.isBefore(expiresAt) ? "expires at " + expiresAt + ", within " + margin.toSeconds() + "s"
                : "expired at " + expiresAt) + " (it lives 5 minutes): the signing service would refuse it. Fetch a"
                + " fresh one with signaport:get-token and sign with that");
    }
}
