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

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SharedSessionsTest {

    private static final class Session implements AutoCloseable {
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void oneSessionPerAccountUntilClosed() {
        SharedSessions<Session> sessions = new SharedSessions<>();
        AtomicInteger created = new AtomicInteger();
        String key = SharedSessions.accountKey("p", "https://api.example.com", "key-1");
        Session a = sessions.get(key, k -> {
            created.incrementAndGet();
            return new Session();
        });
        Session b = sessions.get(key, k -> {
            created.incrementAndGet();
            return new Session();
        });
        assertThat(b).isSameAs(a);
        assertThat(created).hasValue(1);

        sessions.closeAll();
        assertThat(a.closed).hasValue(1);
        assertThat(sessions.size()).isZero();
        assertThat(sessions.get(key, k -> new Session())).isNotSameAs(a);
    }

    @Test
    void keysTellAccountsApartWithoutShowingTheirValues() {
        String one = SharedSessions.accountKey("p", "https://api.example.com", "secret-key-1");
        String two = SharedSessions.accountKey("p", "https://api.example.com", "secret-key-2");
        // parts are separated, so moving characters between them makes another key
        String three = SharedSessions.accountKey("p", "https://api.example.comsecret-key-", "1");
        assertThat(one).startsWith("p:").doesNotContain("secret").isNotEqualTo(two).isNotEqualTo(three);
        assertThat(SharedSessions.accountKey("p", "https://api.example.com", "secret-key-1")).isEqualTo(one);
    }
}
