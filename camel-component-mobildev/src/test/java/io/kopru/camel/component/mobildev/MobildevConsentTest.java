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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.component.mobildev.api.MobildevAuthorization;
import io.kopru.camel.sandbox.mobildev.MobildevConsent;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.auth.FileTokenStore;
import io.kopru.camel.support.auth.JdbcTokenStore;
import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.error.ProviderConsentRequiredException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The consent's state and token: kept, re-used, shared between nodes, refused when they must be. */
class MobildevConsentTest extends MobildevTestSupport {

    private static final Map<String, Object> TO = Map.of(SmsHeaders.TO, "5321234567");

    @Test
    void theTokenIsReusedUntilItExpiresSoTheDailyTokenLimitIsNeverSpent() {
        authorize();
        for (int i = 0; i < 5; i++) {
            ok("mobildev:campaign-send", "Kampanya " + i, TO);
        }
        ok("mobildev:campaign-status", mobildev.acceptedMessages().get(0).id, Map.of());
        assertThat(server.requestCount("/oauth/token")).isEqualTo(1);
        assertThat(mobildev.acceptedMessages()).hasSize(5);
    }

    @Test
    void theCallbackCanArriveAsQueryParameterHeadersAsPlatformHttpMakesThem() {
        URI callback = MobildevConsent.at(authorizeUrl()).give();
        Map<String, Object> headers = new java.util.HashMap<>();
        for (String pair : callback.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            headers.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        Exchange e = ok("mobildev:exchange-code", null, headers);
        assertThat(e.getMessage().getBody(MobildevAuthorization.class).getScope()).isEqualTo("sms:campaign sms:report");
        assertThat(e.getMessage().getHeaders()).as("the code does not linger in the exchange")
                .doesNotContainKeys("code", MobildevConstants.CODE);
    }

    @Test
    void aStateOlderThanTenMinutesIsRefused() {
        URI callback = MobildevConsent.at(authorizeUrl()).give();
        context.getRegistry().bind("elevenMinutesLater", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11)));
        ProviderException e = failure("mobildev:exchange-code", callback.toString(),
                Map.of());
        assertThat(e).isInstanceOf(ProviderValidationException.class);
        assertThat(e.getMessage()).contains("older than 10 minutes");
        assertThat(server.requestCount("/oauth/token")).isZero();
    }

    @Test
    void eachConsentIdKeepsItsOwnToken() {
        authorizeAs("acme");
        authorizeAs("beta");
        assertThat(mobildev.tokens()).hasSize(2);

        ok("mobildev:campaign-send", "Acme", withConsent("acme"));
        ok("mobildev:campaign-send", "Beta", withConsent("beta"));
        ProviderException gamma = failure("mobildev:campaign-send", "Gamma", withConsent("gamma"));
        assertThat(gamma).isInstanceOf(ProviderConsentRequiredException.class);
        assertThat(gamma.getProviderMessage()).contains("consent 'gamma'");

        mobildev.revokeConsent(MobildevSimulator.USER_EMAIL, MobildevSimulator.CLIENT_ID);
        assertThat(failure("mobildev:campaign-send", "Acme", withConsent("acme")).getProviderCode())
                .isEqualTo("consent_revoked");
        assertThat(failure("mobildev:campaign-send", "Acme", withConsent("acme")).getProviderCode())
                .as("forgotten after Mobildev refused it").isEqualTo("no_consent");
    }

    @Test
    void aFileTokenStoreKeepsTheConsentAcrossARestart(@TempDir Path dir) throws Exception {
        try (Node first = new Node(new FileTokenStore(dir))) {
            first.authorize();
        }
        try (Node restarted = new Node(new FileTokenStore(dir))) {
            assertThat(restarted.call("mobildev:campaign-send", "Yeniden başladım").getException()).isNull();
        }
        assertThat(server.requestCount("/oauth/token")).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("the token; the used state is gone").isEqualTo(1);
        }
    }

    @Test
    void aJdbcTokenStoreSharesStateAndTokenBetweenNodes() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:mobildev-consents;DB_CLOSE_DELAY=-1");
        try (Node a = new Node(new JdbcTokenStore(db)); Node b = new Node(new JdbcTokenStore(db))) {
            // the person starts on node A and comes back to node B
            String url = a.call("mobildev:authorize-url", null).getMessage().getBody(String.class);
            URI callback = MobildevConsent.at(url).give();
            assertThat(b.call("mobildev:exchange-code", callback.toString()).getException()).isNull();
            // both nodes send with it
            assertThat(a.call("mobildev:campaign-send", "A").getException()).isNull();
            assertThat(b.call("mobildev:campaign-send", "B").getException()).isNull();
            // the state was used once, on any node
            assertThat(a.call("mobildev:exchange-code", callback.toString()).getException())
                    .isInstanceOf(ProviderValidationException.class);
        }
        assertThat(mobildev.acceptedMessages()).hasSize(2);
    }

    private MobildevAuthorization authorizeAs(String consentId) {
        String url = ok("mobildev:authorize-url", null, withConsent(consentId)).getMessage().getBody(String.class);
        URI callback = MobildevConsent.at(url).give();
        Exchange e = ok("mobildev:exchange-code", callback.toString(), Map.of());
        assertThat(e.getMessage().getHeader(MobildevConstants.CONSENT_ID)).isEqualTo(consentId);
        return e.getMessage().getBody(MobildevAuthorization.class);
    }

    private static Map<String, Object> withConsent(String consentId) {
        return Map.of(MobildevConstants.CONSENT_ID, consentId, SmsHeaders.TO, "5321234567");
    }

    /** Another Camel context, as another node or a restart, with its own component and the given store. */
    private final class Node implements AutoCloseable {
        final CamelContext camel = new DefaultCamelContext();
        final ProducerTemplate producer;

        Node(TokenStore store) {
            MobildevComponent component = new MobildevComponent();
            component.getConfiguration().setClientId(MobildevSimulator.CLIENT_ID);
            component.getConfiguration().setClientSecret(MobildevSimulator.CLIENT_SECRET);
            component.getConfiguration().setRedirectUri(MobildevSimulator.REDIRECT_URI);
            component.getConfiguration().setBaseUrl(server.baseUrl());
            component.getConfiguration().setTokenStore(store);
            camel.addComponent("mobildev", component);
            camel.start();
            producer = camel.createProducerTemplate();
        }

        void authorize() {
            String url = call("mobildev:authorize-url", null).getMessage().getBody(String.class);
            assertThat(call("mobildev:exchange-code", MobildevConsent.at(url).give().toString()).getException())
                    .isNull();
        }

        Exchange call(String uri, Object body) {
            return producer.send(uri, e -> {
                e.getMessage().setBody(body);
                e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
            });
        }

        @Override
        public void close() {
            camel.stop();
        }
    }
}
