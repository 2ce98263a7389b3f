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
package io.kopru.camel.support.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaseUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com", "https://api.example.com/", "http://127.0.0.1:8080"})
    void schemeHostAndPortAreAccepted(String url) {
        assertThat(BaseUrls.check("p", url, "https://api.example.com")).doesNotEndWith("/").startsWith("http");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com/api/v1", "ftp://api.example.com", "api.example.com",
            "https://api.example.com?x=1", "https://user:pass@api.example.com", "https://api example.com"})
    void anythingElseIsRefusedWithTheReason(String url) {
        assertThatThrownBy(() -> BaseUrls.check("p", url, "https://api.example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("p baseUrl")
                .hasMessageNotContaining("pass@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aMissingUrlIsNamed(String url) {
        assertThatThrownBy(() -> BaseUrls.check("p", url, "https://api.example.com"))
                .hasMessage("p needs baseUrl, scheme://host[:port] with no path, e.g. https://api.example.com");
        assertThatThrownBy(() -> BaseUrls.check("p", null, "https://api.example.com"))
                .hasMessageContaining("needs baseUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com", "http://10.0.0.5:8080", "http://127.0.0.1.example.com",
            "http://localhost.example.com", "ftp://api.example.com"})
    void plainHttpIsRefusedUnlessTheHostIsLoopback(String url) {
        assertThatThrownBy(() -> BaseUrls.check("p", url, "https://api.example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("p baseUrl must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.10.0.1", "http://localhost:8080", "http://[::1]:8080"})
    void plainHttpToALoopbackHostIsAccepted(String url) {
        assertThat(BaseUrls.check("p", url, "https://api.example.com")).isEqualTo(url);
    }

    @Test
    void loopbackHostsAreLiteralAddressesOrLocalhost() {
        assertThat(BaseUrls.isLoopback("127.0.0.1")).isTrue();
        assertThat(BaseUrls.isLoopback("127.255.255.254")).isTrue();
        assertThat(BaseUrls.isLoopback("LOCALHOST")).isTrue();
        assertThat(BaseUrls.isLoopback("[::1]")).isTrue();
        assertThat(BaseUrls.isLoopback("127.0.0.256")).isFalse();
        assertThat(BaseUrls.isLoopback("127.0.0")).isFalse();
        assertThat(BaseUrls.isLoopback("127.0.0.1.nip.io")).isFalse();
        assertThat(BaseUrls.isLoopback("api.example.com")).isFalse();
    }
}
