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
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleUseTokensTest {

    private static final ProviderErrorDetails REPEATED = ProviderErrorDetails.of("acme").httpStatus(200)
            .providerMessage("Acme returned a token it had returned before").build();

    @Test
    void everyCallFetchesItsOwnToken() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> "sign-" + fetches.incrementAndGet(), t -> t, 100, REPEATED);
        assertThat(tokens.issue()).isEqualTo("sign-1");
        assertThat(tokens.issue()).isEqualTo("sign-2");
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void aRepeatedValueIsNeverHandedOut() throws Exception {
        SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> "same", t -> t, 100, REPEATED);
        tokens.issue();
        assertThatThrownBy(tokens::issue).isInstanceOfSatisfying(ProviderRepeatedTokenException.class, e -> {
            assertThat(e.getProvider()).isEqualTo("acme");
            assertThat(e.getProviderMessage()).isEqualTo("Acme returned a token it had returned before");
            assertThat(e.isDefinitelyNotSent()).as("the provider did process the request").isFalse();
        }).hasMessageContaining("repeated single-use token refused");
    }
}
