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
package io.kopru.camel.support.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitInfoTest {

    private static final Instant NOW = Instant.parse("2024-01-15T08:40:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void readsTheDocumentedHeaders() {
        RateLimitInfo info = RateLimitInfo.parse(headers(Map.of("X-RateLimit-Limit", "5000",
                "x-ratelimit-remaining", "0", "X-RateLimit-Reset", "1705308600")), null, CLOCK);
        assertThat(info.limit()).contains(5000L);
        assertThat(info.remaining()).contains(0L);
        assertThat(info.resetAt()).contains(Instant.ofEpochSecond(1705308600));
        // nothing remaining: wait until the reset
        assertThat(info.retryAfter()).contains(Duration.between(NOW, Instant.ofEpochSecond(1705308600)));
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(RateLimitInfo.parse(headers(Map.of("Retry-After", "45")), null, CLOCK).retryAfter())
                .contains(Duration.ofSeconds(45));
        assertThat(RateLimitInfo.parse(headers(Map.of("Retry-After", "Mon, 15 Jan 2024 08:41:30 GMT")), null, CLOCK)
                .retryAfter()).contains(Duration.ofSeconds(90));
    }

    @Test
    void aBodyRetryAfterIsUsedWhenNoHeaderSaysSo() {
        assertThat(RateLimitInfo.parse(headers(Map.of()), 45L, CLOCK).retryAfter()).contains(Duration.ofSeconds(45));
        assertThat(RateLimitInfo.parse(headers(Map.of("Retry-After", "10")), 45L, CLOCK).retryAfter())
                .contains(Duration.ofSeconds(10));
    }

    @Test
    void nothingSaidIsNone() {
        RateLimitInfo info = RateLimitInfo.parse(headers(Map.of("Retry-After", "soon")), null, CLOCK);
        assertThat(info.isEmpty()).isTrue();
    }

    private static java.util.function.Function<String, String> headers(Map<String, String> values) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(values);
        return map::get;
    }
}
