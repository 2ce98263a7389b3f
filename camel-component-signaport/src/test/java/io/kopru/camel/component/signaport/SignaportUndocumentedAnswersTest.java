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

import io.kopru.camel.component.signaport.api.SignaportQuota;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxExchange;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderAuthorizationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers the document does not show, which Signaport (or a gateway in front of it) might still send: the component
 * reads them as the README says. A canned server on loopback stands in for Signaport here.
 */
class SignaportUndocumentedAnswersTest {

    /** Answers each request with the next canned answer. */
    static final class Canned implements ProviderSimulator {
        final ConcurrentLinkedDeque<Object[]> answers = new ConcurrentLinkedDeque<>();

        void next(int status, String body, String... headers) {
            answers.add(new Object[] {status, body, headers});
        }

        @Override
        public String name() {
            return "canned";
        }

        @Override
        public void handle(SandboxExchange exchange) {
            Object[] a = answers.poll();
            String[] headers = (String[]) a[2];
            for (int i = 0; i + 1 < headers.length; i += 2) {
                exchange.responseHeader(headers[i], headers[i + 1]);
            }
            String body = (String) a[1];
            exchange.respond((int) a[0], body.startsWith("{") ? "application/json" : "text/html", body);
        }

        @Override
        public Map<String, String> credentials() {
            return Map.of();
        }

        @Override
        public void reset() {
            answers.clear();
        }
    }

    private final Canned signaport = new Canned();
    private SandboxServer server;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        server = new SandboxServer(signaport).start();
        context = new DefaultCamelContext();
        SignaportComponent component = new SignaportComponent();
        component.getConfiguration().setLicenseKey("SP-CANNED-0001");
        component.getConfiguration().setPassword("pw");
        component.getConfiguration().setSignatureType(SignaportSignatureType.MEDULA);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        context.addComponent("signaport", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        server.close();
    }

    private Exchange call(String uri) {
        return context.createProducerTemplate().send(uri, e -> e.getMessage().setBody("x"));
    }

    private ProviderException failure(String uri) {
        Exception e = call(uri).getException();
        if (e instanceof CamelExecutionException) {
            e = (Exception) e.getCause();
        }
        assertThat(e).isInstanceOf(ProviderException.class);
        return (ProviderException) e;
    }

    @Test
    void successFalseIsAnErrorWhateverTheHttpStatus() {
        signaport.next(200, "{\"success\":false,\"error\":{\"code\":\"INSUFFICIENT_QUOTA\",\"message\":\"İmza kotası"
                            + " yetersiz\"}}");
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOf(ProviderQuotaException.class);
        assertThat(e.getHttpStatus()).isEqualTo(200);

        signaport.next(200, "{\"success\":false,\"error\":{\"code\":\"LICENSE_NOT_FOUND\"}}");
        assertThat(failure("signaport:check-quota")).isInstanceOf(ProviderAuthenticationException.class);
    }

    @Test
    void aSuccessWithoutASignTokenIsAmbiguous() {
        signaport.next(200, "{\"success\":true,\"remainingQuota\":5}");
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.getRemedy()).contains("That token is lost");
    }

    @Test
    void aGatewayErrorPageOnGetTokenIsAmbiguous() {
        signaport.next(502, "<html>Bad Gateway</html>");
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.getHttpStatus()).isEqualTo(502);
    }

    @Test
    void aRetryAfterHeaderWinsOverTheBody() {
        signaport.next(429, "{\"success\":false,\"message\":\"Çok fazla istek. Lütfen bekleyiniz.\",\"retryAfter\":45}",
                "Retry-After", "30");
        ProviderException e = failure("signaport:get-token");
        assertThat(((ProviderRateLimitException) e).getRetryAfter()).contains(Duration.ofSeconds(30));

        signaport.next(429, "<html>Too Many Requests</html>");
        assertThat(failure("signaport:get-token")).isInstanceOf(ProviderRateLimitException.class);
    }

    @Test
    void anUnknownCodeIsTypedByItsStatusAndKeepsTheCode() {
        signaport.next(403, "{\"success\":false,\"error\":{\"code\":\"IP_NOT_ALLOWED\",\"message\":\"IP izni yok\"}}");
        ProviderException e = failure("signaport:get-token");
        assertThat(e).isInstanceOf(ProviderAuthorizationException.class);
        assertThat(e.getProviderCode()).isEqualTo("IP_NOT_ALLOWED");
        assertThat(e.getProviderMessage()).isEqualTo("IP izni yok");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }

    @Test
    void checkQuotaReadsAnExpiryWithAnOffsetAndAnAnswerWithoutTheSuccessFlag() {
        signaport.next(200, "{\"data\":{\"remainingQuota\":0,\"totalQuota\":50,\"usedQuota\":50,"
                            + "\"quotaPercentage\":100,\"expiryDate\":\"2020-01-31T23:59:59+03:00\",\"isActive\":true,"
                            + "\"organizationName\":\"X\"}}");
        Exchange exchange = call("signaport:check-quota");
        assertThat(exchange.getException()).isNull();
        SignaportQuota quota = exchange.getMessage().getBody(SignaportQuota.class);
        assertThat(quota.getExpiryDate()).isEqualTo(Instant.parse("2020-01-31T20:59:59Z"));
        assertThat(quota.isUsableAt(Instant.now())).isFalse();
        assertThat(exchange.getMessage().getHeader(SignaportConstants.LICENSE_USABLE)).isEqualTo(false);
    }
}
