package io.kopru.camel.support.auth;

import java.util.Optional;

/**
 * Where tokens are kept between calls and, for the persistent stores, between restarts (a token that came from a
 * person's consent lives for days and cannot be obtained again without that person). Implementations are thread-safe.
 */
public interface TokenStore {

    Optional<AccessToken> load(String key);

    void save(String key, AccessToken token);

    void remove(String key);
}
