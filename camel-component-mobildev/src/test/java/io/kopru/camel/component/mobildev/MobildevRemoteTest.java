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

import io.kopru.camel.sandbox.junit.RemoteProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.kopru.camel.sandbox.junit.RemoteProviderCondition.env;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status of a known message against the real Mobildev API, and behind the send flag one real send (remote mode:
 * see the README's "Checking against the real provider"). Options go in the endpoint URI, so that any option the
 * component has (e.g. the API it speaks) can be given in MOBILDEV_ENDPOINT_OPTIONS. Skipped in every normal run.
 */
@RemoteProvider(value = "mobildev", env = {"MOBILDEV_API_KEY", "MOBILDEV_SECRET_KEY"})
class MobildevRemoteTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private static String uri(String operation) {
        String extra = env("MOBILDEV_ENDPOINT_OPTIONS", "");
        return "mobildev:" + operation + "?apiKey=RAW(" + env("MOBILDEV_API_KEY") + ")&secretKey=RAW("
               + env("MOBILDEV_SECRET_KEY") + ")&baseUrl=" + env("MOBILDEV_BASE_URL", "https://xmlapi.mobildev.com")
               + (extra.isEmpty() ? "" : "&" + extra);
    }

    private Exchange call(String operation, Object body, Map<String, Object> headers) {
        Exchange exchange = context.createProducerTemplate().send(uri(operation), e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            e.getMessage().setBody(body);
        });
        assertThat(exchange.getException()).as(operation).isNull();
        return exchange;
    }

    @Test
    @RemoteProvider(value = "mobildev", env = "MOBILDEV_MESSAGE_ID")
    void theStatusOfAKnownMessage() {
        List<?> reports = call("status", env("MOBILDEV_MESSAGE_ID"), Map.of()).getMessage().getBody(List.class);
        assertThat(reports).isNotNull();
    }

    @Test
    @RemoteProvider(value = "mobildev", env = {"MOBILDEV_TEST_RECIPIENT", "MOBILDEV_SENDER"}, sends = true)
    void sendOneMessageToTheTestRecipient() {
        Exchange sent = call("send", "TEST kopru remote check " + System.currentTimeMillis(),
                Map.of("CamelSmsTo", env("MOBILDEV_TEST_RECIPIENT"), "CamelSmsSender", env("MOBILDEV_SENDER")));
        assertThat(sent.getMessage().getHeader("CamelSmsMessageId", String.class)).isNotBlank();
    }
}
