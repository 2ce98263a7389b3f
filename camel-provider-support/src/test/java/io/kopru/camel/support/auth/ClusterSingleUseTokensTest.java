package io.kopru.camel.support.auth;

import com.zaxxer.hikari.HikariDataSource;
import io.kopru.camel.support.cluster.KopruSupportSchema;
import io.kopru.camel.support.cluster.TestPostgres;
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
        SingleUseTokens<String> nodeA = new SingleUseTokens<>(() -> value, t -> t, new PostgresUsedTokens(nodes.get(0)));
        SingleUseTokens<String> nodeB = new SingleUseTokens<>(() -> value, t -> t, new PostgresUsedTokens(nodes.get(1)));
        assertThat(nodeA.issue()).isEqualTo(value);
        assertThatThrownBy(nodeB::issue).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already handed out");
    }

    @Test
    void distinctTokensPassOnEveryNode() throws Exception {
        AtomicInteger n = new AtomicInteger();
        String run = "distinct-" + System.nanoTime() + "-";
        for (HikariDataSource node : nodes) {
            SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> run + n.incrementAndGet(), t -> t,
                    new PostgresUsedTokens(node));
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
                    new PostgresUsedTokens(nodes.get(i % nodes.size())));
            claims.add(pool.submit(() -> {
                go.await();
                try {
                    tokens.issue();
                    return true;
                } catch (IllegalStateException refused) {
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
                new PostgresUsedTokens(closed));
        assertThatThrownBy(tokens::issue).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot record");
    }
}
