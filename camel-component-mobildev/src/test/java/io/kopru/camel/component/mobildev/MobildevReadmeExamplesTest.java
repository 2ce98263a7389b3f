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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.mobildev.MobildevConsent;
import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's route examples, YAML and Java DSL, run as written by Camel Main against the sandbox: an OTP send, a
 * person's consent through the platform-http callback, and a campaign. The README must show them verbatim.
 */
class MobildevReadmeExamplesTest {

    private static final String YAML = "examples/mobildev-routes.yaml";
    private static final Path README = Path.of("README.md");

    @ParameterizedTest(name = "{0} DSL")
    @ValueSource(strings = {"yaml", "java"})
    void theReadmeRoutesSendAnOtpTakeAConsentThroughTheCallbackAndSendACampaign(String dsl) throws Exception {
        MobildevSimulator simulator = new MobildevSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(simulator).start()) {
            int port = freePort();
            String redirectUri = "http://127.0.0.1:" + port + "/oauth/callback";
            simulator.client(MobildevSimulator.CLIENT_ID).allowRedirectUri(redirectUri);

            Properties props = new Properties();
            props.setProperty("camel.component.mobildev.api-key", MobildevSimulator.API_KEY);
            props.setProperty("camel.component.mobildev.secret-key", MobildevSimulator.API_SECRET);
            props.setProperty("camel.component.mobildev.client-id", MobildevSimulator.CLIENT_ID);
            props.setProperty("camel.component.mobildev.client-secret", MobildevSimulator.CLIENT_SECRET);
            props.setProperty("camel.component.mobildev.redirect-uri", redirectUri);
            props.setProperty("camel.component.mobildev.base-url", sandbox.baseUrl(MobildevSimulator.class));
            props.setProperty("camel.server.enabled", "true");
            props.setProperty("camel.server.host", "127.0.0.1");
            props.setProperty("camel.server.port", String.valueOf(port));
            Main main = new Main();
            if ("yaml".equals(dsl)) {
                props.setProperty("camel.main.routes-include-pattern", "classpath:" + YAML);
            } else {
                main.configure().addRoutesBuilder(new MobildevReadmeRoutes());
            }
            main.setInitialProperties(props);
            main.start();
            try {
                ProducerTemplate template = main.getCamelContext().createProducerTemplate();
                Exchange otp = template.send("direct:otp", e -> {
                    e.getMessage().setBody("Doğrulama kodunuz: 482913");
                    e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
                });
                assertThat(otp.getException()).isNull();

                String url = template.requestBody("direct:mobildev-authorize", null, String.class);
                URI callback = MobildevConsent.at(url).give();
                assertThat(callback.toString()).startsWith(redirectUri + "?code=");
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(callback)
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).isEqualTo("Yetkilendirme başarılı (sms:campaign sms:report)");

                Exchange campaign = template.send("direct:campaign", e -> {
                    e.getMessage().setBody("Bahar kampanyası başladı");
                    e.getMessage().setHeader(SmsHeaders.TO, "5056647139");
                });
                assertThat(campaign.getException()).isNull();
            } finally {
                main.stop();
            }
            assertThat(simulator.acceptedMessages()).extracting(m -> m.channel)
                    .containsExactly("transactional", "campaign");
            assertThat(simulator.acceptedMessages()).extracting(MobildevMessage::texts)
                    .containsExactly(List.of("Doğrulama kodunuz: 482913"), List.of("Bahar kampanyası başladı"));
        }
    }

    @Test
    void theReadmeShowsBothExamplesVerbatim() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String yaml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(YAML)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(readme).contains(yaml.strip());

        String java = Files.readString(Path.of("src/test/java/io/kopru/camel/component/mobildev/MobildevReadmeRoutes.java"),
                StandardCharsets.UTF_8);
        String snippet = java.substring(java.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
                java.indexOf("// README-END"));
        String unindented = Arrays.stream(snippet.split("\n")).map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n")).strip();
        assertThat(readme).contains(unindented);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
