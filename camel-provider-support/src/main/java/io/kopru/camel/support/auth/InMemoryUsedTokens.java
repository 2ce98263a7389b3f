package io.kopru.camel.support.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The used-token record of one JVM: the most recent {@code remember} digests. */
public final class InMemoryUsedTokens implements UsedTokens {

    private final Set<String> used;

    public InMemoryUsedTokens(int remember) {
        this.used = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > remember;
            }
        }));
    }

    @Override
    public boolean markUsed(String digest) {
        return used.add(digest);
    }
}
