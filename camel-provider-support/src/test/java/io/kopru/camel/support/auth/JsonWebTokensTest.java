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

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class JsonWebTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    private static String jwt(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
               + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void theLifetimeIsExpLessIatWhateverTheServersClockSays() {
        // the server's clock is a day behind ours: exp - iat still says one hour
        long iat = Instant.parse("2026-11-21T10:00:00Z").getEpochSecond();
        String token = jwt("{\"sub\":\"u\",\"iat\":" + iat + ",\"exp\":" + (iat + 3600) + "}");
        assertThat(JsonWebTokens.lifetime(token, clock)).contains(Duration.ofHours(1));
        AccessToken access = JsonWebTokens.toAccessToken(token, clock);
        assertThat(access.getExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(access.getValue()).isEqualTo(token);
    }

    @Test
    void withoutIatTheLifetimeIsCountedFromNow() {
        long exp = clock.instant().plusSeconds(600).getEpochSecond();
        assertThat(JsonWebTokens.lifetime(jwt("{\"exp\":" + exp + "}"), clock)).contains(Duration.ofMinutes(10));
    }

    @Test
    void anOpaqueTokenOrOneWithoutExpHasNoKnownExpiry() {
        assertThat(JsonWebTokens.lifetime("abc123def456", clock)).isEmpty();
        assertThat(JsonWebTokens.lifetime(jwt("{\"sub\":\"u\"}"), clock)).isEmpty();
        assertThat(JsonWebTokens.lifetime("a.%%%.c", clock)).isEmpty();
        assertThat(JsonWebTokens.lifetime(null, clock)).isEmpty();
        assertThat(JsonWebTokens.toAccessToken("opaque", clock).getExpiresAt()).isNull();
    }
}
