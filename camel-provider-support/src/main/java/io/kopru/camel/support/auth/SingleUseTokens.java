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

import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderRepeatedTokenException;
import io.kopru.camel.support.error.ProviderUnavailableException;

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
    private final ProviderErrorDetails whenRepeated;
    private final UsedTokens issued;

    /**
     * @param fetch        obtains one new token from the provider
     * @param valueOf      the token's value, the part that must never repeat
     * @param remember     how many recent values to remember
     * @param whenRepeated what the provider did, for the error raised when it repeats a token
     */
    public SingleUseTokens(Callable<T> fetch, Function<T, String> valueOf, int remember,
                           ProviderErrorDetails whenRepeated) {
        this(fetch, valueOf, new InMemoryUsedTokens(remember), whenRepeated);
    }

    /**
     * @param used the record of the tokens handed out, e.g. {@link PostgresUsedTokens} shared by every node
     */
    public SingleUseTokens(Callable<T> fetch, Function<T, String> valueOf, UsedTokens used,
                           ProviderErrorDetails whenRepeated) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.valueOf = Objects.requireNonNull(valueOf, "valueOf");
        this.issued = Objects.requireNonNull(used, "used");
        this.whenRepeated = Objects.requireNonNull(whenRepeated, "whenRepeated");
    }

    /**
     * Fetches a new token for one use.
     *
     * @throws ProviderRepeatedTokenException when the provider returned a value handed out before
     * @throws ProviderUnavailableException when the record of used tokens cannot tell (its database is unreachable):
     *                                      the token is not handed out, and nothing was signed with it
     */
    public T issue() throws Exception {
        T token = fetch.call();
        boolean fresh;
        try {
            fresh = issued.markUsed(digest(valueOf.apply(token)));
        } catch (IllegalStateException e) {
            throw new ProviderUnavailableException(ProviderErrorDetails.of(whenRepeated.provider())
                    .remedy("the record of used single-use tokens cannot be reached, so no token is handed out;"
                            + " retry once it is back: " + e.getMessage())
                    .build(), e);
        }
        if (!fresh) {
            throw new ProviderRepeatedTokenException(whenRepeated);
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
