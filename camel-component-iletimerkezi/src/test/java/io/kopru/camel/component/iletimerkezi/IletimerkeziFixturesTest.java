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
package io.kopru.camel.component.iletimerkezi;

import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziBalance;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziOrderSummary;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.sandbox.SandboxServer;
import io.kopru.camel.sandbox.junit.FixtureReplay;
import io.kopru.camel.sandbox.junit.ProviderFixture;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's parsers against every answer a public source shows (src/test/resources/provider-fixtures, each with
 * its source): statuses as numbers and as strings, price as 1 and as "0,0372", balances both ways, status.code as 200
 * and "200". A replaying server feeds each fixture to the component over real HTTP.
 */
class IletimerkeziFixturesTest {

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
        IletimerkeziComponent component = new IletimerkeziComponent();
        component.getConfiguration().setApiKey("fixture-key");
        component.getConfiguration().setSecretKey("fixture-hash");
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setSender("ACME");
        context.addComponent("iletimerkezi", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        server.close();
    }

    @Test
    void everyFixtureNamesItsSourceAndTheVariantsAreAllThere() {
        List<String> texts = new ArrayList<>();
        for (ProviderFixture f : fixtures()) {
            assertThat(f.source()).as(f.name()).isNotBlank();
            texts.add(f.body().replaceAll("\\s", ""));
        }
        String all = String.join("\n", texts);
        assertThat(all).contains("\"status\":\"114\"", "\"status\":114", "\"price\":1,", "\"price\":\"0,0372\"",
                "\"amount\":100.50", "\"amount\":\"0\"", "\"sms\":\"18343\"", "\"code\":200", "\"code\":\"200\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theComponentReadsTheFixture(ProviderFixture fixture) {
        JsonNode response = fixture.json().path("response");
        replay.next(fixture.httpStatus(), fixture.body());
        // a client that asks for a further page gets an empty one
        replay.thenAlways(200, "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},\"count\":"
                               + response.path("count").asInt(0) + ",\"orders\":[]}}");
        int code = Integer.parseInt(response.path("status").path("code").asText());
        Exchange exchange = run(fixture.operation());
        if (code != 200) {
            Exception e = exchange.getException();
            if (e instanceof CamelExecutionException) {
                e = (Exception) e.getCause();
            }
            assertThat(e).isInstanceOf(code == 401 ? ProviderAuthenticationException.class
                    : ProviderInvalidRequestException.class);
            assertThat(((ProviderException) e).getProviderCode()).isEqualTo(String.valueOf(code));
            assertThat(((ProviderException) e).getProviderMessage())
                    .isEqualTo(response.path("status").path("message").asText());
            return;
        }
        assertThat(exchange.getException()).as(fixture.name()).isNull();
        Object body = exchange.getMessage().getBody();
        switch (fixture.operation()) {
            case "get-balance": {
                IletimerkeziBalance balance = (IletimerkeziBalance) body;
                assertThat(balance.getAmount())
                        .isEqualByComparingTo(new BigDecimal(response.path("balance").path("amount").asText()));
                assertThat(balance.getSms()).isEqualTo(Long.parseLong(response.path("balance").path("sms").asText()));
                break;
            }
            case "send-sms":
                assertThat(exchange.getMessage().getHeader(IletimerkeziConstants.MESSAGE_ID))
                        .isEqualTo(response.path("order").path("id").asText());
                break;
            case "get-report": {
                IletimerkeziReport report = (IletimerkeziReport) body;
                JsonNode order = response.path("order");
                assertThat(report.getOrderStatus()).isEqualTo(Integer.parseInt(order.path("status").asText()));
                assertThat(report.getReports()).hasSize(order.path("message").size());
                for (int i = 0; i < order.path("message").size(); i++) {
                    JsonNode m = order.path("message").get(i);
                    DeliveryReport r = report.getReports().get(i);
                    assertThat(r.getRecipient()).isEqualTo(m.path("number").asText());
                    assertThat(r.getStatus()).isEqualTo(expected(m.path("status").asText()));
                }
                break;
            }
            case "get-reports": {
                @SuppressWarnings("unchecked")
                List<IletimerkeziOrderSummary> orders = (List<IletimerkeziOrderSummary>) body;
                JsonNode listed = response.path("orders");
                assertThat(orders).hasSize(listed.size());
                for (int i = 0; i < listed.size(); i++) {
                    assertThat(orders.get(i).getId()).isEqualTo(listed.get(i).path("id").asText());
                    assertThat(orders.get(i).getStatus()).isEqualTo(listed.get(i).path("status").asInt());
                    assertThat(orders.get(i).getWaiting()).isEqualTo(listed.get(i).path("waiting").asInt());
                    assertThat(orders.get(i).getSubmitAt()).isNotNull();
                }
                break;
            }
            case "get-sender":
                assertThat(body).isEqualTo(texts(response.path("senders").path("sender")));
                break;
            case "get-blacklist":
                assertThat(body).isEqualTo(texts(response.path("blacklist").path("number")));
                break;
            default:
                throw new AssertionError("no check for operation " + fixture.operation() + " of " + fixture.name());
        }
    }

    private static DeliveryStatus expected(String messageStatus) {
        switch (messageStatus) {
            case "111":
                return DeliveryStatus.DELIVERED;
            case "112":
                return DeliveryStatus.UNDELIVERED;
            default:
                return DeliveryStatus.PENDING;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private Exchange run(String operation) {
        Map<String, Object> headers = new HashMap<>();
        Object body = null;
        switch (operation) {
            case "send-sms":
                headers.put(IletimerkeziConstants.TO, "5321234567");
                body = "Fixture";
                break;
            case "get-report":
                body = "428";
                break;
            case "get-reports":
                headers.put(IletimerkeziConstants.START_DATE, LocalDate.of(2026, 4, 22));
                headers.put(IletimerkeziConstants.END_DATE, LocalDate.of(2026, 4, 29));
                break;
            default:
                break;
        }
        Object finalBody = body;
        return context.createProducerTemplate().send("iletimerkezi:" + operation, e -> {
            e.getMessage().setHeaders(headers);
            e.getMessage().setBody(finalBody);
        });
    }
}
