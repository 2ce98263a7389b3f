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
package io.kopru.camel.support.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.support.cluster.KopruSupportSchema;
import io.kopru.camel.support.cluster.TestPostgres;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpClientFactory;
import io.kopru.camel.support.http.ProviderHttpConfiguration;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes, each with its own connection pool, its own {@link PostgresTokenStore} and its own
 * {@link TokenManager}, share one Brokerage account against the sandbox, which counts the token calls it answers.
 */
class ClusterTokenRenewalTest {

    private static final int NODES = 3;
    private static final Duration LIFETIME = Duration.ofSeconds(2);
    private static final Duration MARGIN = Duration.ofSeconds(30); // shrinks to a fifth of the lifetime: 400 ms

    @RegisterExtension
    static ProviderSandboxExtension sandbox = ProviderSandboxExtension.of(new BrokerageSimulator());

    private static final List<HikariDataSource> pools = new ArrayList<>();
    private static String database;
    private static ProviderHttpClient http;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.newDatabase();
        for (int i = 0; i < NODES; i++) {
            pools.add(TestPostgres.node(database, "token-node-" + i));
        }
        KopruSupportSchema.migrate(pools.get(0));
        http = new ProviderHttpClient("brokerage", ProviderHttpClientFactory.create(new DefaultCamelContext(),
                new ProviderHttpConfiguration() {
                }));
    }

    @AfterAll
    static void stop() {
        http.close();
        pools.forEach(HikariDataSource::close);
    }

    /** Brokerage's login over HTTP; remembers when each call started and what it returned. */
    private static final class BrokerageLogin implements TokenClient {
        final List<Instant[]> calls = new CopyOnWriteArrayList<>(); // {started, usable until}

        @Override
        public AccessToken authenticate() throws Exception {
            Instant started = Instant.now();
            String body = "{\"api_key\":\"" + BrokerageSimulator.API_KEY + "\",\"secret_key\":\""
                          + BrokerageSimulator.SECRET_KEY + "\"}";
            ProviderHttpResponse response = http.execute(ProviderHttpRequest.post(
                            URI.create(sandbox.baseUrl(BrokerageSimulator.class) + BrokerageSimulator.AUTHENTICATE))
                    .header("X-Target-Server", "authentication").body(body, "application/json").build());
            assertThat(response.status()).isEqualTo(200);
            JsonNode answer = ProviderJson.mapper().readTree(response.body());
            // the lifetime counts from the call's start: never later than the sandbox's own expiry
            AccessToken token = AccessToken.of(answer.path("access_token").asText(), started,
                    Duration.ofSeconds(answer.path("expires_in").asLong()));
            calls.add(new Instant[] {started, token.getExpiresAt().minus(LIFETIME.dividedBy(5))});
            return token;
        }
    }

    @Test
    void nodesRenewingTogetherFetchOneTokenPerExpiryAndTheOthersReadIt(BrokerageSimulator brokerage)
            throws Exception {
        brokerage.setAccessTokenLifetime(LIFETIME);
        brokerage.setTokenEndpointDelay(Duration.ofMillis(100)); // a slow token endpoint widens the race
        BrokerageLogin login = new BrokerageLogin(); // the provider: one for all nodes
        String key = "brokerage:renewal-" + System.nanoTime();
        List<TokenManager> managers = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            managers.add(new TokenManager(key, login, new PostgresTokenStore(pools.get(i)), MARGIN,
                    Clock.systemUTC()));
        }
        Set<String> seenByNode0 = ConcurrentHashMap.newKeySet();
        Set<String> seenByOthers = ConcurrentHashMap.newKeySet();
        AtomicInteger refusedCalls = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(7);
        ExecutorService pool = Executors.newFixedThreadPool(NODES * 4);
        List<Future<?>> running = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            TokenManager manager = managers.get(n);
            Set<String> seen = n == 0 ? seenByNode0 : seenByOthers;
            for (int t = 0; t < 4; t++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        AccessToken token = manager.get();
                        long handedOut = System.nanoTime();
                        seen.add(token.getValue());
                        // the token works: an integration call with it
                        ProviderHttpResponse r = http.execute(ProviderHttpRequest.get(URI.create(
                                        sandbox.baseUrl(BrokerageSimulator.class) + BrokerageSimulator.PREFIX
                                        + "/orders"))
                                .header("X-Target-Server", "integration")
                                .header("Authorization", "Bearer " + token.getValue()).build());
                        calls.incrementAndGet();
                        // a token is handed out while it has a fifth of its life left; a call that took longer than
                        // that (a loaded machine) may meet its expiry without any node having done wrong
                        if (r.status() != 200 && System.nanoTime() - handedOut < LIFETIME.dividedBy(5).toNanos()) {
                            refusedCalls.incrementAndGet();
                        }
                        Thread.sleep(20);
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Instant[]> fetches = login.calls;
        assertThat(fetches.size()).as("renewals happened").isGreaterThanOrEqualTo(3);
        assertThat(brokerage.authentications() + brokerage.refreshes()).as("token calls the sandbox answered")
                .isEqualTo(fetches.size());
        for (int i = 1; i < fetches.size(); i++) {
            assertThat(fetches.get(i)[0]).as("token call %d started only once token %d was due for renewal", i, i - 1)
                    .isAfterOrEqualTo(fetches.get(i - 1)[1]);
        }
        assertThat(calls.get()).isGreaterThan(100);
        assertThat(refusedCalls.get()).as("calls refused for their token within its margin").isZero();
        assertThat(seenByOthers).as("the other nodes used the tokens node 0 saw, not their own")
                .containsAnyElementsOf(seenByNode0);
        assertThat(seenByNode0.size() + seenByOthers.size()).isLessThanOrEqualTo(2 * fetches.size());
    }

    @Test
    void aTokenRejectedOnEveryNodeIsRenewedOnceForAll(BrokerageSimulator brokerage) throws Exception {
        BrokerageLogin login = new BrokerageLogin();
        String key = "brokerage:rejected-" + System.nanoTime();
        List<TokenManager> managers = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            managers.add(new TokenManager(key, login, new PostgresTokenStore(pools.get(i)), MARGIN,
                    Clock.systemUTC()));
        }
        AccessToken first = managers.get(0).get();
        for (TokenManager m : managers) {
            assertThat(m.get()).as("every node reads the stored token").isEqualTo(first);
        }
        assertThat(login.calls).hasSize(1);
        // the provider revokes it; every node sees its call refused and invalidates it
        for (TokenManager m : managers) {
            m.invalidate(first);
        }
        AccessToken renewed = managers.get(1).get();
        assertThat(renewed.getValue()).isNotEqualTo(first.getValue());
        for (TokenManager m : managers) {
            assertThat(m.get()).isEqualTo(renewed);
        }
        assertThat(login.calls).as("one renewal for the three rejections").hasSize(2);
    }

    @Test
    void aNodeStartingLaterUsesTheStoredTokenWithoutFetching() throws Exception {
        BrokerageLogin login = new BrokerageLogin();
        String key = "brokerage:restart-" + System.nanoTime();
        AccessToken token = new TokenManager(key, login, new PostgresTokenStore(pools.get(0)), MARGIN,
                Clock.systemUTC()).get();
        TokenManager later = new TokenManager(key, login, new PostgresTokenStore(pools.get(2)), MARGIN,
                Clock.systemUTC());
        assertThat(later.get()).isEqualTo(token);
        assertThat(login.calls).hasSize(1);
    }

    /**
     * The one case where an expiry takes two fetches: the renewing node dies after the provider issued its token and
     * before its transaction stored it. PostgreSQL ends the dead node's session and releases its lock with it, and the
     * next node fetches again at once, without waiting out the lock timeout.
     */
    @Test
    void aRenewalCutByTheNodesDeathIsFetchedAgainByTheNextNodeWithoutWaitingForTheLock() throws Exception {
        BrokerageLogin login = new BrokerageLogin();
        String key = "brokerage:death-" + System.nanoTime();
        DataSource admin = TestPostgres.admin(database);
        TokenClient dyingNode = () -> {
            AccessToken issued = login.authenticate();
            // the node dies now: its session ends, as when its process is killed
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                          + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
            }
            return issued;
        };
        new TokenManager(key, dyingNode, new PostgresTokenStore(pools.get(0)), MARGIN, Clock.systemUTC()).get();
        assertThat(new PostgresTokenStore(pools.get(1)).load(key)).as("the dead node's token, never stored").isEmpty();

        Duration lockTimeout = Duration.ofSeconds(20);
        TokenManager next = new TokenManager(key, login, new PostgresTokenStore(pools.get(1), lockTimeout), MARGIN,
                Clock.systemUTC());
        long started = System.nanoTime();
        AccessToken renewed = next.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the lock went with the dead session")
                .isLessThan(lockTimeout.dividedBy(2));
        assertThat(login.calls).as("the dead node's fetch and the next node's").hasSize(2);
        TokenManager third = new TokenManager(key, login, new PostgresTokenStore(pools.get(2)), MARGIN,
                Clock.systemUTC());
        assertThat(third.get()).as("the next node's token is the cluster's").isEqualTo(renewed);
        assertThat(login.calls).hasSize(2);
    }
}
