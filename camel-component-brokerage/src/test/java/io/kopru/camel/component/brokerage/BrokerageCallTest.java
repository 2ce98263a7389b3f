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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.brokerage.BrokerageCall;
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.kopru.camel.support.error.ProviderValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** brokerage:call against the simulator: paths, methods, bodies and answers pass through; tokens are handled. */
class BrokerageCallTest extends BrokerageTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    private List<BrokerageCall> integrationCalls() {
        return brokerage.calls().stream().filter(c -> !c.path.startsWith("/auth/")).toList();
    }

    @Test
    void aGetCarriesTheBearerTokenAndTheIntegrationTargetAndReturnsTheBody() throws Exception {
        String id = brokerage.seed("orders", "{\"symbol\":\"THYAO\",\"qty\":10}");

        Exchange exchange = ok("brokerage:call?path=/orders&httpMethod=GET", null, Map.of());

        JsonNode body = json.readTree(exchange.getMessage().getBody(String.class));
        assertThat(body.path("data").get(0).path("id").asText()).isEqualTo(id);
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).startsWith("application/json");
        List<BrokerageCall> calls = brokerage.calls();
        assertThat(calls.get(0).path).isEqualTo("/auth/authenticate");
        assertThat(calls.get(0).targetServer).isEqualTo("authentication");
        assertThat(json.readTree(calls.get(0).body).path("api_key").asText()).isEqualTo(BrokerageSimulator.API_KEY);
        assertThat(calls.get(1).method).isEqualTo("GET");
        assertThat(calls.get(1).path).isEqualTo("/orders");
        assertThat(calls.get(1).targetServer).isEqualTo("integration");
        assertThat(calls.get(1).bearerToken).isEqualTo(brokerage.issuedAccessTokens().get(0));
    }

    @Test
    void aJsonBodyPassesThroughUnchangedAndTheAnswerComesBack() throws Exception {
        String order = "{\"symbol\":\"AKBNK\",  \"qty\":5,\"note\":\"çalışma\"}";
        Exchange exchange = ok("brokerage:call?path=/orders&httpMethod=POST", order, Map.of());

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(201);
        JsonNode created = json.readTree(exchange.getMessage().getBody(String.class));
        assertThat(created.path("symbol").asText()).isEqualTo("AKBNK");
        assertThat(created.path("note").asText()).isEqualTo("çalışma");
        assertThat(integrationCalls().get(0).body).isEqualTo(order);
        assertThat(integrationCalls().get(0).contentType).startsWith("application/json");
        assertThat(brokerage.collection("orders")).hasSize(1);
    }

    @Test
    void aMapBodyIsWrittenAsJson() throws Exception {
        ok("brokerage:call?path=/orders&httpMethod=POST", Map.of("symbol", "GARAN", "qty", 3), Map.of());
        JsonNode sent = json.readTree(integrationCalls().get(0).body);
        assertThat(sent.path("symbol").asText()).isEqualTo("GARAN");
        assertThat(sent.path("qty").asInt()).isEqualTo(3);
    }

    @Test
    void theHeadersOverrideTheOptionsAndAreConsumedByTheCall() {
        String id = brokerage.seed("orders", "{\"symbol\":\"THYAO\",\"qty\":10}");
        Exchange exchange = ok("brokerage:call?path=/orders&httpMethod=GET", "{}",
                Map.of(BrokerageConstants.PATH, "/orders/" + id, Exchange.HTTP_METHOD, "DELETE"));

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(204);
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(BrokerageConstants.PATH, Exchange.HTTP_METHOD);
        assertThat(integrationCalls()).singleElement().satisfies(c -> {
            assertThat(c.method).isEqualTo("DELETE");
            assertThat(c.path).isEqualTo("/orders/" + id);
            assertThat(c.body).as("no body on a DELETE").isEmpty();
        });
        assertThat(brokerage.collection("orders")).isEmpty();
    }

    @Test
    void aPatchMergesAndAQueryStringInThePathIsSent() throws Exception {
        String id = brokerage.seed("orders", "{\"symbol\":\"THYAO\",\"qty\":10}");
        Exchange patched = ok("brokerage:call?httpMethod=PATCH", "{\"qty\":12}",
                Map.of(BrokerageConstants.PATH, "/orders/" + id));
        assertThat(json.readTree(patched.getMessage().getBody(String.class)).path("qty").asInt()).isEqualTo(12);

        ok("brokerage:call", null, Map.of(BrokerageConstants.PATH, "/orders?status=open&symbol=THYAO"));
        assertThat(integrationCalls().get(1).query).isEqualTo("status=open&symbol=THYAO");
    }

    @Test
    void credentialsGoInTheApiKeyAndApiSecretHeadersWithTheOption() {
        ok("brokerage:call?path=/orders&credentialsInHeaders=true", null, Map.of());
        BrokerageCall authenticate = brokerage.calls().get(0);
        assertThat(authenticate.path).isEqualTo("/auth/authenticate");
        assertThat(authenticate.apiKeyHeader).isEqualTo(BrokerageSimulator.API_KEY);
        assertThat(authenticate.body).isEmpty();
        assertThat(brokerage.authentications()).isEqualTo(1);
    }

    @Test
    void wrongCredentialsAreInvalidApiKeyAndNoCallIsMade() {
        ProviderException e = failure("brokerage:call?path=/orders&secretKey=wrong", null, Map.of());
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.getProviderCode()).isEqualTo("INVALID_API_KEY");
        assertThat(e.getProviderMessage()).isEqualTo("invalid api key or secret");
        assertThat(e.getRemedy()).contains("Secret Key");
        assertThat(e.isDefinitelyNotSent()).isTrue();
        assertThat(integrationCalls()).isEmpty();
        assertThat(server.requestCount(BrokerageSimulator.AUTHENTICATE)).as("not repeated").isEqualTo(1);
    }

    @Test
    void anUnknownResourceIsATypedInvalidRequest() {
        ProviderException e = failure("brokerage:call?path=/orders/999", null, Map.of());
        assertThat(e).isInstanceOf(ProviderInvalidRequestException.class);
        assertThat(e.getHttpStatus()).isEqualTo(404);
        assertThat(e.getProviderCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        for (Object[] bad : new Object[][] {
                {"brokerage:call?path=/orders&httpMethod=POST", "not json", Map.of()},
                {"brokerage:call?path=/orders&httpMethod=POST", "{\"a\":1} trailing", Map.of()},
                {"brokerage:call", null, Map.of()},
                {"brokerage:call", null, Map.of(BrokerageConstants.PATH, "orders")},
                {"brokerage:call", null, Map.of(BrokerageConstants.PATH, "/orders/../auth/refresh")},
                {"brokerage:call", null, Map.of(BrokerageConstants.PATH, "/auth/refresh")},
                {"brokerage:call", null, Map.of(BrokerageConstants.PATH, "//evil.example.com/x")},
                {"brokerage:call", null, Map.of(BrokerageConstants.PATH, "/api/v1/integration/orders")},
                {"brokerage:call?path=/orders", null, Map.of(Exchange.HTTP_METHOD, "TRACE")}}) {
            @SuppressWarnings("unchecked")
            ProviderException e = failure((String) bad[0], bad[1], (Map<String, Object>) bad[2]);
            assertThat(e).as(bad[0] + " " + bad[2]).isInstanceOf(ProviderValidationException.class);
            assertThat(e.isDefinitelyNotSent()).isTrue();
        }
        assertThat(server.requestCount()).as("requests that reached the sandbox").isZero();
    }

    @Test
    void theParserMessageOfABadBodyDoesNotQuoteTheBody() {
        ProviderException e = failure("brokerage:call?path=/orders&httpMethod=POST", "tckn=12345678901", Map.of());
        assertThat(e.getMessage()).contains("the body is not JSON").doesNotContain("12345678901");
    }

    @Test
    void aLostAnswerToAPostIsAmbiguousButToAGetUnavailable() {
        ok("brokerage:call?path=/orders", null, Map.of()); // authenticated first
        server.inject(Fault.DROP_AFTER_PROCESSING, "/api/v1/integration/orders", 2);

        ProviderException post = failure("brokerage:call?path=/orders&httpMethod=POST", "{\"symbol\":\"X\"}", Map.of());
        assertThat(post).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(post.isDefinitelyNotSent()).isFalse();
        assertThat(brokerage.collection("orders")).as("it was in fact created, once").hasSize(1);

        ProviderException get = failure("brokerage:call?path=/orders", null, Map.of());
        assertThat(get).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void aServerErrorOnAPostIsAmbiguous() {
        ok("brokerage:call?path=/orders", null, Map.of());
        server.inject(Fault.STATUS_500, "/api/v1/integration/orders", 1);
        ProviderException e = failure("brokerage:call?path=/orders&httpMethod=POST", "{}", Map.of());
        assertThat(e).isInstanceOf(ProviderAmbiguousResultException.class);
        assertThat(e.getProviderCode()).isEqualTo("INTERNAL_ERROR");
    }
}
