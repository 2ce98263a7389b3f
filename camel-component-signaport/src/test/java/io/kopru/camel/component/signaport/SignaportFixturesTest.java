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
package io.kopru.camel.component.signaport;

import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.component.signaport.api.SignaportQuota;
import io.kopru.camel.component.signaport.api.SignaportToken;
import io.kopru.camel.component.signaport.api.SignaportValidation;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.FixtureReplay;
import io.kopru.camel.sandbox.junit.ProviderFixture;
import io.kopru.camel.support.error.ProviderException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's parsers against every answer Signaport's documentation pages show
 * (src/test/resources/provider-fixtures, each with its page and section): a replaying server feeds each fixture over
 * real HTTP, and the component reads it or raises the typed error its .source names.
 */
class SignaportFixturesTest {

    static List<ProviderFixture> fixtures() {
        return ProviderFixture.all("provider-fixtures");
    }

    private final FixtureReplay replay = new FixtureReplay();
    private SandboxServer server;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        server = new SandboxServer(replay).start();
        context = new DefaultCamelContext();
        SignaportComponent component = new SignaportComponent();
        component.getConfiguration().setLicenseKey("550e8400-e29b-41d4-a716-446655440000");
        component.getConfiguration().setPassword("fixture-password");
        component.getConfiguration().setSignatureType(SignaportSignatureType.MEDULA);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        context.addComponent("signaport", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        server.close();
    }

    @Test
    void everyFixtureNamesItsSource() {
        assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(18)
                .allSatisfy(f -> assertThat(f.source()).as(f.name()).startsWith("https://docs.signaport.com/docs/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theComponentReadsTheFixture(ProviderFixture fixture) throws Exception {
        replay.next(fixture.httpStatus(), fixture.body());
        Exchange exchange = context.createProducerTemplate().send("signaport:" + fixture.operation(),
                e -> e.getMessage().setBody("validate".equals(fixture.operation()) ? "eyJhbGciOiJIUzI1NiJ9.e30.x" : null));
        String expect = fixtureMeta(fixture);
        JsonNode json = fixture.json();
        if (!"ok".equals(expect)) {
            Exception e = exchange.getException();
            if (e instanceof CamelExecutionException) {
                e = (Exception) e.getCause();
            }
            assertThat(e).as(fixture.name()).isInstanceOf(ProviderException.class);
            assertThat(e.getClass().getSimpleName()).as(fixture.name()).isEqualTo(expect);
            ProviderException p = (ProviderException) e;
            assertThat(p.getHttpStatus()).isEqualTo(fixture.httpStatus());
            String message = json.path("error").path("message").asText(json.path("message").asText());
            assertThat(p.getProviderMessage()).isEqualTo(message);
            if (json.path("error").has("code")) {
                assertThat(p.getProviderCode()).isEqualTo(json.path("error").path("code").asText());
            }
            return;
        }
        assertThat(exchange.getException()).as(fixture.name()).isNull();
        Object body = exchange.getMessage().getBody();
        switch (fixture.operation()) {
            case "get-token": {
                SignaportToken token = (SignaportToken) body;
                assertThat(token.getSignToken()).isEqualTo(json.path("signToken").asText());
                assertThat(token.getAccessToken()).isEqualTo(json.path("accessToken").asText());
                assertThat(token.getRemainingQuota()).isEqualTo(json.path("remainingQuota").asInt());
                break;
            }
            case "validate": {
                SignaportValidation validation = (SignaportValidation) body;
                assertThat(validation.getUsedQuota()).isEqualTo(json.path("usedQuota").asInt());
                assertThat(validation.getRemainingQuota()).isEqualTo(json.path("remainingQuota").asInt());
                break;
            }
            case "check-quota": {
                SignaportQuota quota = (SignaportQuota) body;
                JsonNode data = json.path("data");
                assertThat(quota.getRemainingQuota()).isEqualTo(data.path("remainingQuota").asInt());
                assertThat(quota.getTotalQuota()).isEqualTo(data.path("totalQuota").asInt());
                assertThat(quota.getUsedQuota()).isEqualTo(data.path("usedQuota").asInt());
                assertThat(quota.getQuotaPercentage()).as("the share left").isEqualByComparingTo(new BigDecimal("75.0"));
                assertThat(quota.getExpiryDate()).isEqualTo(Instant.parse("2025-12-31T23:59:59Z"));
                assertThat(quota.isActive()).isTrue();
                assertThat(quota.getOrganizationName()).isEqualTo(data.path("organizationName").asText());
                break;
            }
            default:
                throw new AssertionError("no check for " + fixture.operation());
        }
    }

    private static String fixtureMeta(ProviderFixture fixture) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("provider-fixtures/" + fixture.name() + ".source")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.getProperty("expect");
    }
}
