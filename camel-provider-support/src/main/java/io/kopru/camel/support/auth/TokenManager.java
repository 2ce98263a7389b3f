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
import io.kopru.camel.support.metrics.ProviderMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps one provider token for all callers of an endpoint:
 * <ul>
 * <li>hands out the cached token until its expiry less a margin;</li>
 * <li>renews it once for all concurrent callers (single flight): the first caller renews, the others wait and take its
 * result;</li>
 * <li>renews with the refresh token where there is one, and logs in again when the refresh token is refused or
 * expired;</li>
 * <li>after a call that was refused because the token was rejected, renews once and repeats the call once; it renews
 * only if the refused token is still the current one, so a burst of such failures causes one renewal;</li>
 * <li>keeps the token in a {@link TokenStore} so that it survives a restart where the store does;</li>
 * <li>with a {@link SharedTokenStore} (several nodes on one database), renews under the store's lock for the key, so
 * the whole cluster fetches one token per expiry: a node that waited for the lock finds the token the other node
 * stored and uses it.</li>
 * </ul>
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final String key;
    private final TokenClient client;
    private final TokenStore store;
    private final Duration margin;
    private final Clock clock;
    private final ProviderMetrics metrics;
    private final ReentrantLock renewal = new ReentrantLock();
    private volatile AccessToken current;
    private volatile boolean loaded;

    /**
     * @param key    the store key, naming the provider and account (e.g. {@code brokerage:<apiKey hash>})
     * @param margin how long before its expiry a token is renewed
     */
    public TokenManager(String key, TokenClient client, TokenStore store, Duration margin, Clock clock) {
        this(key, client, store, margin, clock, null);
    }

    /**
     * @param metrics where every renewal is recorded ({@code kopru.token.renewals}); typically the metrics of the
     *                client the token calls go through ({@code ProviderHttpClient.metrics()}); null for none
     */
    public TokenManager(String key, TokenClient client, TokenStore store, Duration margin, Clock clock,
                        ProviderMetrics metrics) {
        this.metrics = metrics == null ? ProviderMetrics.none(null) : metrics;
        this.key = Objects.requireNonNull(key, "key");
        this.client = Objects.requireNonNull(client, "client");
        this.store = store == null ? new InMemoryTokenStore() : store;
        this.margin = margin == null ? Duration.ofSeconds(30) : margin;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A token that can be sent now. */
    public AccessToken get() throws Exception {
        AccessToken token = current;
        if (token != null && token.isUsableAt(clock.instant(), margin)) {
            return token;
        }
        renewal.lock();
        try {
            token = currentOrStored();
            if (token != null && token.isUsableAt(clock.instant(), margin)) {
                return token;
            }
            if (store instanceof SharedTokenStore) {
                return renewShared((SharedTokenStore) store, token);
            }
            return renew(token);
        } finally {
            renewal.unlock();
        }
    }

    /**
     * Forgets {@code rejected} if it is still the current token, so the next {@link #get()} renews it. A token already
     * replaced by another caller is left alone.
     */
    public void invalidate(AccessToken rejected) {
        renewal.lock();
        try {
            if (store instanceof SharedTokenStore && rejected != null) {
                invalidateShared((SharedTokenStore) store, rejected);
                return;
            }
            AccessToken token = currentOrStored();
            if (token != null && rejected != null && token.getValue().equals(rejected.getValue())) {
                // keep the refresh token: a rejected access token does not mean the refresh token is dead
                current = token.expired();
                store.save(key, current);
            }
        } finally {
            renewal.unlock();
        }
    }

    /**
     * Runs a call with the current token; if the provider rejects the token, renews it and runs the call once more.
     * The call must build its request afresh each time (a new nonce, a new timestamp).
     */
    public <T> T call(TokenCall<T> call) throws Exception {
        AccessToken token = get();
        try {
            return call.apply(token);
        } catch (Exception e) {
            if (!client.isTokenRejected(e)) {
                throw e;
            }
            LOG.debug("{}: the provider rejected the token; renewing it and repeating the call once", key);
            invalidate(token);
            return call.apply(get());
        }
    }

    /** The token held now, possibly expired; null when none. For health checks and tests. */
    public AccessToken peek() {
        return currentOrStored();
    }

    /** Replaces the held token, e.g. with one obtained through an authorization-code exchange. */
    public void put(AccessToken token) {
        renewal.lock();
        try {
            current = token;
            loaded = true;
            store.save(key, token);
        } finally {
            renewal.unlock();
        }
    }

    public String getKey() {
        return key;
    }

    private AccessToken currentOrStored() {
        if (!loaded) {
            renewal.lock();
            try {
                if (!loaded) {
                    current = store.load(key).orElse(null);
                    loaded = true;
                }
            } finally {
                renewal.unlock();
            }
        }
        return current;
    }

    private AccessToken renew(AccessToken stale) throws Exception {
        AccessToken fresh = fetch(stale);
        current = fresh;
        store.save(key, fresh);
        return fresh;
    }

    /** Renews under the cluster's lock, unless the node that held it before renewed already. */
    private AccessToken renewShared(SharedTokenStore shared, AccessToken held) throws Exception {
        AccessToken kept = shared.updateExclusively(key, stored -> {
            if (stored != null && stored.isUsableAt(clock.instant(), margin)) {
                LOG.debug("{}: another node renewed the token; using it", key);
                return stored;
            }
            return fetch(stored != null ? stored : held);
        });
        current = kept;
        loaded = true;
        return kept;
    }

    /** Marks the stored token expired if it is still the rejected one; else takes the newer one stored. */
    private void invalidateShared(SharedTokenStore shared, AccessToken rejected) {
        try {
            current = shared.updateExclusively(key, stored ->
                    stored != null && stored.getValue().equals(rejected.getValue()) ? stored.expired() : stored);
            loaded = true;
        } catch (Exception e) {
            LOG.debug("{}: cannot mark the rejected token in the shared store ({}); forgetting it here", key,
                    e.getMessage());
            AccessToken token = current;
            if (token != null && token.getValue().equals(rejected.getValue())) {
                current = token.expired();
            }
        }
    }

    /** Obtains a new token from the provider: the refresh token where it works, else a login. */
    private AccessToken fetch(AccessToken stale) throws Exception {
        AccessToken fresh = null;
        if (stale != null && stale.canRefreshAt(clock.instant())) {
            try {
                LOG.debug("{}: refreshing the access token", key);
                fresh = client.refresh(stale);
                metrics.tokenRenewal("refresh", fresh != null);
            } catch (ProviderAuthenticationException e) {
                metrics.tokenRenewal("refresh", false);
                LOG.debug("{}: the refresh token was refused ({}); logging in again", key, e.getProviderCode());
            } catch (Exception e) {
                metrics.tokenRenewal("refresh", false);
                throw e;
            }
        }
        if (fresh == null) {
            LOG.debug("{}: logging in for a new access token", key);
            try {
                fresh = client.authenticate();
            } catch (Exception e) {
                metrics.tokenRenewal("login", false);
                throw e;
            }
            metrics.tokenRenewal("login", true);
        }
        return fresh;
    }

    /** A call made with a token. */
    @FunctionalInterface
    public interface TokenCall<T> {
        T apply(AccessToken token) throws Exception;
    }
}
