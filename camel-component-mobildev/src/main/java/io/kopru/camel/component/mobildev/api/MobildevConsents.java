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
package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.auth.TokenStore;
import io.kopru.camel.support.error.ProviderValidationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The consents of one OAuth2 client, kept in a {@link TokenStore}: the {@code state} of every authorize URL handed
 * out (remembered 10 minutes, the life of Mobildev's authorization code, and usable once), and the access token of
 * every consent. A token comes from a person and cannot be renewed without one (Mobildev gives no refresh token, and
 * its token endpoint takes 100 calls a day), so it is read from the store on every use: a consent renewed on another
 * node is seen at once, and a token Mobildev refused is forgotten only if it is still the stored one.
 */
public final class MobildevConsents {

    public static final String DEFAULT_CONSENT = "default";
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    /** A token this close to its expiry is not sent: it could expire on the way. */
    static final Duration MARGIN = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;
    private final String clientId;
    private final Clock clock;

    public MobildevConsents(TokenStore store, String clientId, Clock clock) {
        this.store = store;
        this.clientId = clientId;
        this.clock = clock;
    }

    /** A new random state for an authorize URL, remembered with the consent it is for and the scope asked. */
    public String newState(String consentId, String scope) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        store.save(stateKey(state), new AccessToken(consentId, now, now.plus(STATE_LIFETIME), null, null, scope));
        return state;
    }

    /**
     * Takes back a state the person returned with: it must be one this client handed out, unused, and at most 10
     * minutes old. It cannot be used again.
     *
     * @return the consent it was handed out for
     * @throws ProviderValidationException otherwise: a forged or replayed callback (CSRF); nothing is sent
     */
    public synchronized String takeState(String state) {
        if (state == null || state.isBlank()) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, "the callback has no state");
        }
        String key = stateKey(state);
        Optional<AccessToken> issued = store.load(key);
        if (issued.isEmpty()) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, "the callback's state was not issued by"
                    + " authorize-url for this client, or was already used: refusing it as a possible cross-site"
                    + " request forgery");
        }
        store.remove(key);
        if (!clock.instant().isBefore(issued.get().getExpiresAt())) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, "the callback's state is older than "
                    + STATE_LIFETIME.toMinutes() + " minutes, like its authorization code: the person must start"
                    + " again from authorize-url");
        }
        return issued.get().getValue();
    }

    public void keep(String consentId, AccessToken token) {
        store.save(tokenKey(consentId), token);
    }

    /**
     * The consent's token, if it can still be sent.
     *
     * @throws io.kopru.camel.support.error.ProviderConsentRequiredException when there is none or it has expired;
     *                                                                       nothing is sent
     */
    public AccessToken usable(String consentId) {
        AccessToken token = store.load(tokenKey(consentId)).orElseThrow(() ->
                MobildevErrors.noConsent(consentId, "no token: nobody has authorized this client yet"));
        if (!token.isUsableAt(clock.instant(), MARGIN)) {
            throw MobildevErrors.noConsent(consentId, "the token expired at " + token.getExpiresAt());
        }
        return token;
    }

    public Optional<AccessToken> peek(String consentId) {
        return store.load(tokenKey(consentId));
    }

    /** Forgets a token Mobildev refused (expired, revoked), unless another has replaced it meanwhile. */
    public synchronized void forget(String consentId, AccessToken refused) {
        Optional<AccessToken> stored = store.load(tokenKey(consentId));
        if (stored.isPresent() && stored.get().getValue().equals(refused.getValue())) {
            store.remove(tokenKey(consentId));
        }
    }

    String tokenKey(String consentId) {
        return "mobildev:" + clientId + ":consent:" + consentId;
    }

    private String stateKey(String state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return "mobildev:" + clientId + ":state:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MobildevConsents[clientId=" + clientId + ", store=" + store + "]";
    }
}
