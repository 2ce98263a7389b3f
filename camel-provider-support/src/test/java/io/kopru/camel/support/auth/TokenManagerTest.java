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

import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenManagerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    /** A provider's token endpoint: counts logins and refreshes, optionally slow, tokens live one hour. */
    private final class FakeTokenClient implements TokenClient {
        final AtomicInteger logins = new AtomicInteger();
        final AtomicInteger refreshes = new AtomicInteger();
        volatile boolean refreshRefused;
        volatile long delayMillis;

        @Override
        public AccessToken authenticate() throws Exception {
            Thread.sleep(delayMillis);
            int n = logins.incrementAndGet();
            return AccessToken.of("access-" + n, clock.instant(), Duration.ofHours(1))
                    .withRefreshToken("refresh-" + n, clock.instant().plus(Duration.ofDays(7)));
        }

        @Override
        public AccessToken refresh(AccessToken current) throws Exception {
            Thread.sleep(delayMillis);
            if (refreshRefused) {
                throw new ProviderAuthenticationException(ProviderErrorDetails.of("fake").httpStatus(401)
                        .providerCode("REFRESH_TOKEN_EXPIRED").build());
            }
            int n = refreshes.incrementAndGet();
            return AccessToken.of("refreshed-" + n, clock.instant(), Duration.ofHours(1))
                    .withRefreshToken(current.getRefreshToken(), current.getRefreshExpiresAt());
        }
    }

    @Test
    void twoHundredConcurrentCallersCauseOneTokenFetchPerExpiry() throws Exception {
        FakeTokenClient client = new FakeTokenClient();
        client.delayMillis = 50; // a slow token endpoint widens the race
        TokenManager manager = new TokenManager("fake:account", client, null, Duration.ofSeconds(30), clock);
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            for (int expiry = 0; expiry < 3; expiry++) {
                Set<String> seen = ConcurrentHashMap.newKeySet();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    calls.add(pool.submit((Callable<Void>) () -> {
                        start.await();
                        seen.add(manager.get().getValue());
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : calls) {
                    f.get();
                }
                assertThat(seen).as("every caller got the same token").hasSize(1);
                clock.advance(Duration.ofHours(1)); // past expiry: the next round must renew
            }
        } finally {
            pool.shutdownNow();
        }
        // one login, then one refresh per later expiry
        assertThat(client.logins.get()).isEqualTo(1);
        assertThat(client.refreshes.get()).isEqualTo(2);
    }

    @Test
    void renewsBeforeExpiryByTheMargin() throws Exception {
        FakeTokenClient client = new FakeTokenClient();
        TokenManager manager = new TokenManager("k", client, null, Duration.ofSeconds(30), clock);
        assertThat(manager.get().getValue()).isEqualTo("access-1");
        clock.advance(Duration.ofMinutes(59));
        assertThat(manager.get().getValue()).isEqualTo("access-1");
        clock.advance(Duration.ofSeconds(31)); // 29 s left: inside the margin
        assertThat(manager.get().getValue()).isEqualTo("refreshed-1");
    }

    @Test
    void logsInAgainWhenTheRefreshTokenIsRefused() throws Exception {
        FakeTokenClient client = new FakeTokenClient();
        TokenManager manager = new TokenManager("k", client, null, Duration.ofSeconds(30), clock);
        manager.get();
        client.refreshRefused = true;
        clock.advance(Duration.ofHours(2));
        assertThat(manager.get().getValue()).isEqualTo("access-2");
        assertThat(client.logins.get()).isEqualTo(2);
    }

    @Test
    void logsInAgainWhenTheRefreshTokenHasExpired() throws Exception {
        FakeTokenClient client = new FakeTokenClient();
        TokenManager manager = new TokenManager("k", client, null, Duration.ofSeconds(30), clock);
        manager.get();
        clock.advance(Duration.ofDays(8));
        assertThat(manager.get().getValue()).isEqualTo("access-2");
        assertThat(client.refreshes.get()).isZero();
    }

    @Test
    void aRejectedTokenIsRenewedOnceAndTheCallRepeatedOnce() throws Exception {
        FakeTokenClient client = new FakeTokenClient();
        TokenManager manager = new TokenManager("k", client, null, Duration.ofSeconds(30), clock);
        AtomicInteger attempts = new AtomicInteger();
        String result = manager.call(token -> {
            attempts.incrementAndGet();
            if (token.getValue().equals("access-1")) {
                throw new ProviderAuthenticationException(ProviderErrorDetails.of("fake").httpStatus(401).build());
            }
            return "ok with " + token.getValue();
        });
        assertThat(result).isEqualTo("ok with refreshed-1");
        assertThat(attempts.get()).isEqualTo(2);

        // a token that is rejected again fails after exactly one more attempt: no loop
        AtomicInteger second = new AtomicInteger();
        assertThatThrownBy(() -> manager.call(token -> {
            second.incrementAndGet();
            throw new ProviderAuthenticationException(ProviderErrorDetails.of("fake").httpStatus(401).build());
        })).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(second.get()).isEqualTo(2);
    }

    @Test
    void invalidatingATokenAlreadyReplacedDoesNothing() throws Exception {
        FakeTokenClient client = new FakeTokenClient();
        TokenManager manager = new TokenManager("k", client, null, Duration.ofSeconds(30), clock);
        AccessToken first = manager.get();
        manager.invalidate(first);
        AccessToken second = manager.get();
        assertThat(second.getValue()).isEqualTo("refreshed-1");
        manager.invalidate(first); // a late failure with the old token
        assertThat(manager.get().getValue()).isEqualTo("refreshed-1");
        assertThat(client.refreshes.get()).isEqualTo(1);
    }

    @Test
    void aStoredTokenIsUsedAfterARestart() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        FakeTokenClient client = new FakeTokenClient();
        new TokenManager("k", client, store, Duration.ofSeconds(30), clock).get();
        TokenManager restarted = new TokenManager("k", client, store, Duration.ofSeconds(30), clock);
        assertThat(restarted.get().getValue()).isEqualTo("access-1");
        assertThat(client.logins.get()).isEqualTo(1);
    }

    @Test
    void shortLivedTokensUseAFifthOfTheirLifetimeAsMargin() {
        AccessToken token = AccessToken.of("t", clock.instant(), Duration.ofSeconds(10));
        assertThat(token.isUsableAt(clock.instant().plusSeconds(7), Duration.ofSeconds(30))).isTrue();
        assertThat(token.isUsableAt(clock.instant().plusSeconds(8), Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void tokensNeverPrintTheirValues() {
        AccessToken token = AccessToken.of("secret-access", clock.instant(), Duration.ofHours(1))
                .withRefreshToken("secret-refresh", null);
        assertThat(token.toString()).doesNotContain("secret-access", "secret-refresh");
    }
}
