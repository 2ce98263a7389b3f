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
package io.kopru.camel.component.brokerage;

import io.kopru.camel.sandbox.brokerage.BrokerageCall;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Access and refresh tokens across their expiries, with the sandbox's clock moved forward. */
class BrokerageTokenTest extends BrokerageTestSupport {

    private static final String ORDERS = "brokerage:call?path=/orders";

    private String order;

    @BeforeEach
    void anOrder() {
        order = "brokerage:call?path=/orders/" + brokerage.seed("orders", "{\"symbol\":\"THYAO\",\"qty\":10}");
    }

    private List<BrokerageCall> integrationCalls() {
        return brokerage.calls().stream().filter(c -> !c.path.startsWith("/auth/")).toList();
    }

    @Test
    void theFirstCallAuthenticatesAndTheNextReuseTheToken() {
        ok(ORDERS, null, Map.of());
        ok(ORDERS, null, Map.of());
        ok(order, null, Map.of());
        assertThat(brokerage.authentications()).isEqualTo(1);
        assertThat(tokenCalls()).isEqualTo(1);
        assertThat(integrationCalls()).extracting(c -> c.bearerToken).containsOnly(brokerage.issuedAccessTokens().get(0));
    }

    @Test
    void aCallAfterTheAccessTokenExpiredRefreshesFirst() {
        ok(ORDERS, null, Map.of());
        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(61));

        ok(ORDERS, null, Map.of());

        assertThat(brokerage.authentications()).isEqualTo(1);
        assertThat(brokerage.refreshes()).isEqualTo(1);
        assertThat(integrationCalls()).as("no call went out with the expired token, none was refused").hasSize(2);
        assertThat(integrationCalls().get(1).bearerToken).isEqualTo(brokerage.issuedAccessTokens().get(1));
        BrokerageCall refresh = brokerage.calls().stream().filter(c -> c.path.equals("/auth/refresh")).findFirst()
                .orElseThrow();
        assertThat(refresh.targetServer).isEqualTo("authentication");
        assertThat(refresh.body).contains("\"refresh_token\"");
    }

    @Test
    void theAccessTokenIsRefreshedBeforeItExpiresNotAfter() {
        ok(ORDERS, null, Map.of());
        // 59 minutes 45 seconds: still valid for the API, but inside the component's 30-second margin
        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(59).plusSeconds(45));
        ok(ORDERS, null, Map.of());
        assertThat(brokerage.refreshes()).isEqualTo(1);
    }

    @Test
    void aCallAfterTheRefreshTokenExpiredAuthenticatesAgain() {
        ok(ORDERS, null, Map.of());
        SANDBOX.sandbox().clock().advance(Duration.ofDays(8));

        ok(ORDERS, null, Map.of());

        assertThat(brokerage.authentications()).isEqualTo(2);
        assertThat(server.requestCount(BrokerageSimulator.REFRESH)).as("a seven-day-old refresh token is not tried")
                .isZero();
        assertThat(integrationCalls()).hasSize(2);
    }

    @Test
    void aRefreshTokenRefusedAsExpiredLeadsToAFullAuthentication() {
        brokerage.setRefreshTokenLifetime(Duration.ofHours(2)); // shorter than the documented seven days
        ok(ORDERS, null, Map.of());
        SANDBOX.sandbox().clock().advance(Duration.ofHours(3));

        ok(ORDERS, null, Map.of());

        assertThat(server.requestCount(BrokerageSimulator.REFRESH)).as("refused: REFRESH_TOKEN_EXPIRED").isEqualTo(1);
        assertThat(brokerage.refreshes()).isZero();
        assertThat(brokerage.authentications()).isEqualTo(2);
        assertThat(integrationCalls().get(1).bearerToken).isEqualTo(brokerage.issuedAccessTokens().get(1));
    }

    @Test
    void fiftyConcurrentCallersAfterAnExpiryCauseExactlyOneTokenCall() throws Exception {
        ok(ORDERS, null, Map.of());
        assertThat(tokenCalls()).isEqualTo(1);
        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(61));
        brokerage.setTokenEndpointDelay(Duration.ofMillis(300)); // a slow token endpoint widens the race

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Exchange>> callers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                // two endpoints of the same account share its token
                String uri = i % 2 == 0 ? ORDERS : order;
                callers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call(uri, null, Map.of());
                }));
            }
            start.countDown();
            for (Future<Exchange> f : callers) {
                assertThat(f.get(60, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(tokenCalls()).as("one refresh after the expiry, for all fifty").isEqualTo(2);
        assertThat(brokerage.refreshes()).isEqualTo(1);
        assertThat(integrationCalls()).hasSize(51);
        assertThat(integrationCalls().subList(1, 51)).extracting(c -> c.bearerToken)
                .containsOnly(brokerage.issuedAccessTokens().get(1));
    }

    @Test
    void a401RenewsTheTokenOnceAndRepeatsTheCallOnce() {
        ok(ORDERS, null, Map.of());
        brokerage.revokeAccessTokens();

        Exchange exchange = ok("brokerage:call?path=/orders&httpMethod=POST", "{\"symbol\":\"AKBNK\",\"qty\":1}",
                Map.of());

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(201);
        assertThat(brokerage.refreshes()).isEqualTo(1);
        assertThat(integrationCalls()).extracting(c -> c.method).containsExactly("GET", "POST", "POST");
        assertThat(brokerage.collection("orders")).as("created once").hasSize(2);
    }

    @Test
    void aTokenRefusedAgainAfterTheRenewalFailsWithoutLooping() {
        brokerage.setAccessTokenLifetime(Duration.ZERO); // every token is expired when issued
        ProviderException e = failure(ORDERS, null, Map.of());

        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getProviderCode()).isEqualTo("TOKEN_EXPIRED");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(integrationCalls()).hasSize(2);
        assertThat(tokenCalls()).isEqualTo(2);
    }

    @Test
    void tokenCallsPassTheRateLimiterOfTheComponentsOptions() {
        BrokerageConfiguration account = context.getComponent("brokerage", BrokerageComponent.class)
                .getConfiguration();
        account.setRateLimit(1);
        account.setRateLimitPeriod(Duration.ofHours(2).toMillis());
        account.setRateLimitMaxWait(0);
        String uri = ORDERS + "&rateLimit=0"; // the endpoint's own calls are not limited
        ok(uri, null, Map.of());

        SANDBOX.sandbox().clock().advance(Duration.ofMinutes(61)); // the access token expires: a refresh is due
        ProviderException e = failure(uri, null, Map.of());

        assertThat(e).isInstanceOf(ProviderRateLimitException.class);
        assertThat(e.getMessage()).contains("nothing was sent");
        assertThat(brokerage.authentications()).isEqualTo(1);
        assertThat(brokerage.refreshes()).as("the refresh was held back by the limiter").isZero();
        assertThat(integrationCalls()).hasSize(1);
    }
}
