package io.kopru.camel.support.auth;

/**
 * The record of the single-use tokens handed out, by a digest of each value (never the value). {@link SingleUseTokens}
 * hands out a token only if it is the first to record it: {@link InMemoryUsedTokens} within one JVM,
 * {@link PostgresUsedTokens} for every node on one database.
 */
public interface UsedTokens {

    /**
     * Records that the token with this digest is handed out now.
     *
     * @return true if it is the first time; false if it was handed out before, here or (for a shared record) on
     *         another node
     */
    boolean markUsed(String digest);
}
