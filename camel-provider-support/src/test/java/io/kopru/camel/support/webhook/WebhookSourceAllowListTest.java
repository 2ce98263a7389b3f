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
package io.kopru.camel.support.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSourceAllowListTest {

    @Test
    void anEmptyListAllowsEveryAddress() {
        assertThat(WebhookSourceAllowList.parse(null).allows("198.51.100.7")).isTrue();
        assertThat(WebhookSourceAllowList.parse(" ").allows("")).isTrue();
    }

    @Test
    void addressesAndRangesOfBothFamilies() {
        WebhookSourceAllowList list = WebhookSourceAllowList.parse("203.0.113.10, 198.51.100.0/24,10.0.0.0/13,"
                                                                   + "2001:db8::/32, ::1");
        assertThat(list.allows("203.0.113.10")).isTrue();
        assertThat(list.allows("203.0.113.11")).isFalse();
        assertThat(list.allows("198.51.100.255")).isTrue();
        assertThat(list.allows("198.51.101.0")).isFalse();
        assertThat(list.allows("10.7.255.255")).isTrue();
        assertThat(list.allows("10.8.0.0")).isFalse();
        assertThat(list.allows("2001:db8:1::5")).isTrue();
        assertThat(list.allows("[2001:db8::5]")).isTrue();
        assertThat(list.allows("2001:db9::5")).isFalse();
        assertThat(list.allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(list.allows("::ffff:203.0.113.10")).isTrue();
    }

    @Test
    void somethingThatIsNotALiteralAddressIsNeverAllowedNorLookedUp() {
        WebhookSourceAllowList list = WebhookSourceAllowList.parse("127.0.0.1");
        assertThat(list.allows("localhost")).isFalse();
        assertThat(list.allows("")).isFalse();
        assertThat(list.allows(null)).isFalse();
        assertThat(list.allows("127.0.0.1.example.com")).isFalse();
        assertThat(list.allows("1:2:3:4:5:6:7:8:9")).isFalse();
    }

    @Test
    void aBadEntryIsRefusedByName() {
        assertThatThrownBy(() -> WebhookSourceAllowList.parse("203.0.113.10,iletimerkezi.com"))
                .hasMessageContaining("'iletimerkezi.com' is not an IP address");
        assertThatThrownBy(() -> WebhookSourceAllowList.parse("10.0.0.0/33")).hasMessageContaining("prefix");
        assertThatThrownBy(() -> WebhookSourceAllowList.parse("256.1.1.1")).hasMessageContaining("not an IP address");
    }
}
