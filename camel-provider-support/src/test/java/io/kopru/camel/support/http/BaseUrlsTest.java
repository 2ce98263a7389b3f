package io.kopru.camel.support.http;

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
}
