package io.kopru.camel.support.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps tokens for the life of the JVM; the default. */
public final class InMemoryTokenStore implements TokenStore {

    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<AccessToken> load(String key) {
        return Optional.ofNullable(tokens.get(key));
    }

    @Override
    public void save(String key, AccessToken token) {
        tokens.put(key, token);
    }

    @Override
    public void remove(String key) {
        tokens.remove(key);
    }
}
