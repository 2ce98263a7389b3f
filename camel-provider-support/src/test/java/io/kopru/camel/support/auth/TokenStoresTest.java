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

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TokenStoresTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final AccessToken TOKEN = AccessToken.of("eyJ.access", NOW, Duration.ofDays(30))
            .withRefreshToken("refresh", NOW.plus(Duration.ofDays(60))).withScope("sms:campaign sms:report");

    @Test
    void fileStoreRoundTripsAndSurvivesANewInstance(@TempDir Path dir) throws Exception {
        exercise(new FileTokenStore(dir));
        new FileTokenStore(dir).save("mobildev:ent_test", TOKEN);
        assertThat(new FileTokenStore(dir).load("mobildev:ent_test")).contains(TOKEN).get()
                .usingRecursiveComparison().isEqualTo(TOKEN);
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void jdbcStoreRoundTripsAndCreatesItsTable() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:tokens;DB_CLOSE_DELAY=-1");
        exercise(new JdbcTokenStore(ds));
        new JdbcTokenStore(ds).save("mobildev:ent_test", TOKEN);
        assertThat(new JdbcTokenStore(ds).load("mobildev:ent_test").orElseThrow())
                .usingRecursiveComparison().isEqualTo(TOKEN);
    }

    private static void exercise(TokenStore store) {
        assertThat(store.load("k")).isEmpty();
        store.save("k", TOKEN);
        assertThat(store.load("k").orElseThrow()).usingRecursiveComparison().isEqualTo(TOKEN);
        AccessToken other = AccessToken.of("second", NOW, Duration.ofHours(1));
        store.save("k", other);
        assertThat(store.load("k").orElseThrow().getValue()).isEqualTo("second");
        store.remove("k");
        assertThat(store.load("k")).isEmpty();
    }
}
