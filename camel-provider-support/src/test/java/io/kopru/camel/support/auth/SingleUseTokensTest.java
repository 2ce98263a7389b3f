package io.kopru.camel.support.auth;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleUseTokensTest {

    @Test
    void everyCallFetchesItsOwnToken() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> "sign-" + fetches.incrementAndGet(), t -> t, 100);
        assertThat(tokens.issue()).isEqualTo("sign-1");
        assertThat(tokens.issue()).isEqualTo("sign-2");
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void aRepeatedValueIsNeverHandedOut() throws Exception {
        SingleUseTokens<String> tokens = new SingleUseTokens<>(() -> "same", t -> t, 100);
        tokens.issue();
        assertThatThrownBy(tokens::issue).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already handed out");
    }
}
