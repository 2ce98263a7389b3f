package io.kopru.camel.support.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Issues single-use tokens (a signature token that the provider accepts once): every request fetches its own, none is
 * cached or shared between callers, and a token value seen before is refused rather than handed out a second time.
 * Only digests of recent values are remembered, never the values: in this JVM by default, or in a shared
 * {@link UsedTokens} record ({@link PostgresUsedTokens}) so that a token is never handed to two nodes.
 */
public final class SingleUseTokens<T> {

    private final Callable<T> fetch;
    private final Function<T, String> valueOf;
    private final UsedTokens issued;

    /**
     * @param fetch    obtains one new token from the provider
     * @param valueOf  the token's value, the part that must never repeat
     * @param remember how many recent values to remember
     */
    public SingleUseTokens(Callable<T> fetch, Function<T, String> valueOf, int remember) {
        this(fetch, valueOf, new InMemoryUsedTokens(remember));
    }

    /**
     * @param used the record of the tokens handed out, e.g. {@link PostgresUsedTokens} shared by every node
     */
    public SingleUseTokens(Callable<T> fetch, Function<T, String> valueOf, UsedTokens used) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.valueOf = Objects.requireNonNull(valueOf, "valueOf");
        this.issued = Objects.requireNonNull(used, "used");
    }

    /** Fetches a new token for one use. */
    public T issue() throws Exception {
        T token = fetch.call();
        if (!issued.markUsed(digest(valueOf.apply(token)))) {
            throw new IllegalStateException("the provider returned a single-use token that was already handed out;"
                                            + " refusing to use it twice");
        }
        return token;
    }

    private static String digest(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
