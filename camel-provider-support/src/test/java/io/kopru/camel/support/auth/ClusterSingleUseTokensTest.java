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

import com.zaxxer.hikari.HikariDataSource;
import io.kopru.camel.support.cluster.KopruSupportSchema;
import io.kopru.camel.support.cluster.TestPostgres;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderRepeatedTokenException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Single-use tokens recorded in PostgreSQL, by nodes with a connection pool each. */
class ClusterSingleUseTokensTest {

    private static final ProviderErrorDetails REPEATED = ProviderErrorDetails.of("acme").httpStatus(200)
            .providerMessage("acme returned a sign token it had returned before").build();


    private static final List<HikariDataSource> nodes = new ArrayList<>();

    @BeforeAll
    static void start() {
        String database = TestPostgres.newDatabase();
        for (int i = 0; i < 3; i++) {
            nodes.add(TestPostgres.node(database, "sign-node-" + i));
        }
        KopruSupportSchema.migrate(nodes.get(0));
    }

    @AfterAll
    static void stop() {
        nodes.forEach(HikariDataSource::close);
    }

    @Test
    void aTokenHandedOutOnOneNodeIsRefusedOnAnother() throws Exception {
        String value = "sign-token-" + System.nanoTime(); // a provider that returned one token twice
        SingleUseTokens<String> nodeA = new SingleUseTokens<>(() -> value, t -> t, new PostgresUsedTokens(nodes.get(0)), REPEATED);
        SingleUseTokens<String> nodeB = new SingleUseTokens<>(() -> value, t -> t, new PostgresUsedTokens(nodes.get(1)), REPEATED);
        assertThat(nodeA.issue()).isEqualTo(value);
        assertThatThrownBy(nodeB::issue).isInstanceOf(ProviderRepeatedTokenException.class)
                .hasMessageContaining("returned a sign token it had returned before");
    }

    @Test
    void distinctTokensPassOnEveryNode() throws Exception {
        AtomicInteger n = new AtomicInteger();
        String run = "distinct-" + System.nanoTime() + "-";
        for (HikariDataSource node : nodes) {
            SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> run + n.incrementAndGet(), t -> t,
                    new PostgresUsedTokens(node), REPEATED);
            assertThat(tokens.issue()).startsWith(run);
            assertThat(tokens.issue()).startsWith(run);
        }
        assertThat(n.get()).isEqualTo(6);
    }

    @Test
    void ofNodesClaimingOneTokenAtTheSameMomentExactlyOneGetsIt() throws Exception {
        String value = "raced-" + System.nanoTime();
        int claimants = 12;
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < claimants; i++) {
            SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> value, t -> t,
                    new PostgresUsedTokens(nodes.get(i % nodes.size())), REPEATED);
            claims.add(pool.submit(() -> {
                go.await();
                try {
                    tokens.issue();
                    return true;
                } catch (ProviderRepeatedTokenException refused) {
                    return false;
                }
            }));
        }
        go.countDown();
        int handedOut = 0;
        for (Future<Boolean> c : claims) {
            handedOut += c.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(handedOut).isEqualTo(1);
    }

    @Test
    void withTheDatabaseUnreachableNoTokenIsHandedOut() {
        HikariDataSource closed = TestPostgres.node(TestPostgres.newDatabase(), "closed-node");
        closed.close();
        SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> "unrecorded", t -> t,
                new PostgresUsedTokens(closed), REPEATED);
        assertThatThrownBy(tokens::issue).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("cannot record")
                .satisfies(e -> assertThat(((ProviderUnavailableException) e).isDefinitelyNotSent()).isTrue());
    }
}
