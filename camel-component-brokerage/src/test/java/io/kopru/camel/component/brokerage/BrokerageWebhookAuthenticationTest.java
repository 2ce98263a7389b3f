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
package io.kopru.camel.component.brokerage;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerageWebhookAuthenticationTest {

    @Test
    void writesTheDocumentsAuthenticationObjects() {
        assertThat(BrokerageWebhookAuthentication.basic("user", "pass").toJson())
                .isEqualTo("{\"authentication\":{\"type\":1,\"username\":\"user\",\"password\":\"pass\"}}");
        assertThat(BrokerageWebhookAuthentication.token("your-token-here").toJson())
                .isEqualTo("{\"authentication\":{\"type\":2,\"token\":\"your-token-here\"}}");
    }

    @Test
    void neverPrintsThePasswordOrToken() {
        assertThat(BrokerageWebhookAuthentication.basic("user", "s3cret-pass").toString()).doesNotContain("s3cret-pass");
        assertThat(BrokerageWebhookAuthentication.token("s3cret-token").toString()).doesNotContain("s3cret-token");
        // the map a route registers with: whole for Jackson, masked for the tracer
        assertThat(BrokerageWebhookAuthentication.basic("user", "s3cret-pass").toMap())
                .containsEntry("password", "s3cret-pass").hasToString("{type=1, username=user, password=xxxxxx}");
        assertThat(BrokerageWebhookAuthentication.token("s3cret-token").toMap().toString())
                .isEqualTo("{type=2, token=xxxxxx}");
    }

    @Test
    void basicAcceptsExactlyTheCredentialsWhateverTheSchemesCase() {
        BrokerageWebhookAuthentication auth = BrokerageWebhookAuthentication.basic("user", "pa:ss");
        String encoded = Base64.getEncoder().encodeToString("user:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(auth.accepts("Basic " + encoded)).isTrue();
        assertThat(auth.accepts("basic " + encoded)).isTrue();
        assertThat(auth.accepts("Basic " + Base64.getEncoder().encodeToString("user:pa:s".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(auth.accepts("Basic " + Base64.getEncoder().encodeToString("userpa:ss".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(auth.accepts(encoded)).isFalse();
        assertThat(auth.accepts(null)).isFalse();
        assertThat(auth.accepts("")).isFalse();
    }

    @Test
    void theConsumerConfigurationNeedsExactlyOneType() {
        BrokerageConfiguration c = new BrokerageConfiguration();
        assertThatThrownBy(() -> BrokerageWebhookAuthentication.of(c)).hasMessageContaining("exactly one");
        c.setUsername("u");
        c.setPassword("p");
        assertThat(BrokerageWebhookAuthentication.of(c).getType()).isEqualTo(BrokerageWebhookAuthentication.BASIC);
        c.setToken("t");
        assertThatThrownBy(() -> BrokerageWebhookAuthentication.of(c)).hasMessageContaining("exactly one");
        c.setUsername(null);
        c.setPassword(null);
        assertThat(BrokerageWebhookAuthentication.of(c).getType()).isEqualTo(BrokerageWebhookAuthentication.TOKEN);
        assertThatThrownBy(() -> BrokerageWebhookAuthentication.basic("us:er", "p")).hasMessageContaining("':'");
    }
}
