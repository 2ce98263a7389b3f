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
package io.kopru.camel.support.component;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a component keeps per provider account rather than per endpoint: the account's token (one login for every
 * endpoint and route that uses the account, so that concurrent callers on different endpoints share one renewal),
 * the signatures it has used, its clock correction. A component holds one instance, creates each session the first
 * time an endpoint of the account starts, and closes them all when it stops.
 * <p>
 * Keys name the account by a digest of its identifying values, never the values: they appear in logs.
 */
public final class SharedSessions<S extends AutoCloseable> {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSessions.class);

    private final Map<String, S> sessions = new ConcurrentHashMap<>();

    /**
     * A key naming one account of a provider, safe to log: {@code provider:} and a digest of the parts (base URL, key,
     * user name, ... whatever tells two accounts apart).
     */
    public static String accountKey(String provider, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return provider + ":" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account's session, created by {@code create} on first use. */
    public S get(String key, Function<String, S> create) {
        return sessions.computeIfAbsent(key, create);
    }

    public int size() {
        return sessions.size();
    }

    /** Closes and forgets every session; the next {@link #get} creates a new one. */
    public void closeAll() {
        List<S> closing = new ArrayList<>(sessions.values());
        sessions.clear();
        for (S session : closing) {
            try {
                session.close();
            } catch (Exception e) {
                LOG.warn("could not close {}: {}", session, e.toString());
            }
        }
    }
}
