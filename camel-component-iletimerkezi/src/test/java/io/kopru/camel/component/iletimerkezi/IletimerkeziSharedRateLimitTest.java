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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.support.component.SharedSessions;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.ratelimit.ClientRateLimiter;
import io.kopru.camel.support.ratelimit.RateLimiter;
import io.kopru.camel.support.ratelimit.RateLimiterFactory;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (two Camel contexts) on one account, each endpoint with rateLimiterFactory set: the factory gives both the
 * account's one limiter (in a cluster a PostgresRateLimiters bean does, on the database; here one limiter in memory
 * stands for it), and the sandbox, limited to the same numbers, never answers 429. The limit is the account's: its key
 * is a digest of the API key, and a second account of the provider keeps a limit of its own.
 */
class IletimerkeziSharedRateLimitTest extends IletimerkeziTestSupport {

    private static final String OTHER_KEY = "im-other-account-7d3b";
    private static final String OTHER_HASH = "im-other-hash-2e8f90";
    private static final String URI = "iletimerkezi:send-sms?rateLimit=5&rateLimitPeriod=1000"
                                      + "&rateLimiterFactory=#sharedRateLimits";

    /** One limiter per key, as a shared factory gives; remembers what it was asked for. */
    private final class SharedLimits implements RateLimiterFactory {
        final Map<String, RateLimiter> byKey = new ConcurrentHashMap<>();
        final List<String> requests = new CopyOnWriteArrayList<>();

        @Override
        public RateLimiter create(String key, int permits, Duration period) {
            requests.add(key + " " + permits + "/" + period.toMillis());
            return byKey.computeIfAbsent(key, k -> new ClientRateLimiter(permits, period));
        }
    }

    private final SharedLimits limits = new SharedLimits();
    private CamelContext otherNode;

    @AfterEach
    void stopOtherNode() {
        if (otherNode != null) {
            otherNode.stop();
        }
    }

    @Test
    void twoNodesSharingTheAccountsLimiterStayUnderTheProvidersLimit() throws Exception {
        iletimerkezi.setRateLimit(5, Duration.ofSeconds(1));
        context.getRegistry().bind("sharedRateLimits", limits);
        otherNode = new DefaultCamelContext();
        IletimerkeziComponent component = new IletimerkeziComponent();
        component.getConfiguration().setApiKey(IletimerkeziSimulator.API_KEY);
        component.getConfiguration().setSecretKey(IletimerkeziSimulator.API_HASH);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setSender("ACME");
        otherNode.addComponent("iletimerkezi", component);
        otherNode.getRegistry().bind("sharedRateLimits", limits);
        otherNode.start();
        ProducerTemplate nodeB = otherNode.createProducerTemplate();

        for (int i = 0; i < 5; i++) {
            assertThat(send(template, "node A " + i).getException()).isNull();
        }
        for (int i = 0; i < 5; i++) {
            assertThat(send(nodeB, "node B " + i).getException()).as("node B waited for the shared limit").isNull();
        }
        assertThat(iletimerkezi.acceptedOrders()).hasSize(10);
        String accountKey = SharedSessions.accountKey("iletimerkezi", IletimerkeziSimulator.API_KEY);
        assertThat(limits.requests).as("one limit, the account's, for both nodes")
                .containsExactly(accountKey + " 5/1000", accountKey + " 5/1000");
        assertThat(accountKey).startsWith("iletimerkezi:").doesNotContain(IletimerkeziSimulator.API_KEY);
    }

    @Test
    void twoAccountsOfTheProviderKeepTwoLimits() throws Exception {
        iletimerkezi.addAccount(OTHER_KEY, OTHER_HASH);
        context.getRegistry().bind("sharedRateLimits", limits);
        // five a minute, and no waiting: a send beyond an account's five fails unsent at once
        String account = "iletimerkezi:send-sms?rateLimit=5&rateLimitPeriod=60000&rateLimitMaxWait=0"
                         + "&rateLimiterFactory=#sharedRateLimits";
        String otherAccount = account + "&apiKey=" + OTHER_KEY + "&secretKey=" + OTHER_HASH;
        for (int i = 0; i < 5; i++) {
            assertThat(send(template, account, "account A " + i).getException()).isNull();
        }
        for (int i = 0; i < 5; i++) {
            assertThat(send(template, otherAccount, "account B " + i).getException())
                    .as("the other account's limit is its own").isNull();
        }
        assertThat(send(template, account, "account A, a sixth").getException())
                .as("the first account's limit is spent").isInstanceOf(ProviderRateLimitException.class)
                .hasMessageContaining("nothing was sent");
        assertThat(send(template, otherAccount, "account B, a sixth").getException())
                .isInstanceOf(ProviderRateLimitException.class);
        assertThat(limits.byKey).as("a limit per account").hasSize(2)
                .containsKeys(SharedSessions.accountKey("iletimerkezi", IletimerkeziSimulator.API_KEY),
                        SharedSessions.accountKey("iletimerkezi", OTHER_KEY));
        assertThat(iletimerkezi.acceptedOrders()).hasSize(10);
    }

    private static Exchange send(ProducerTemplate template, String uri, String text) {
        return template.send(uri, e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        });
    }

    private static Exchange send(ProducerTemplate template, String text) {
        return send(template, URI, text);
    }
}
