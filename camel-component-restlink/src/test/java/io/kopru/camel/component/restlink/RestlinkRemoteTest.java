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
package io.kopru.camel.component.restlink;

import io.kopru.camel.component.restlink.api.RestlinkStats;
import io.kopru.camel.sandbox.junit.RemoteProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kopru.camel.sandbox.junit.RemoteProviderCondition.env;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restlink's stats against the real API, and behind the send flag one real send (remote mode: see the README's
 * "Checking against the real provider"). Skipped in every normal run.
 */
@RemoteProvider(value = "restlink", env = "RESTLINK_API_KEY")
class RestlinkRemoteTest {

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
        String secret = env("RESTLINK_SECRET_KEY", null);
        String extra = env("RESTLINK_ENDPOINT_OPTIONS", "");
        return "restlink:" + operation + "?apiKey=RAW(" + env("RESTLINK_API_KEY") + ")"
               + (secret == null ? "" : "&signRequests=true&secretKey=RAW(" + secret + ")")
               + "&baseUrl=" + env("RESTLINK_BASE_URL", "https://restlink23telecom.com")
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
    void stats() {
        RestlinkStats stats = call("stats", null, Map.of()).getMessage().getBody(RestlinkStats.class);
        assertThat(stats.getValues()).isNotNull();
    }

    @Test
    @RemoteProvider(value = "restlink", env = "RESTLINK_TEST_RECIPIENT", sends = true)
    void sendOneMessageToTheTestRecipient() {
        Exchange sent = call("send", "TEST kopru remote check " + System.currentTimeMillis(),
                Map.of("CamelSmsTo", env("RESTLINK_TEST_RECIPIENT")));
        assertThat(sent.getMessage().getHeader("CamelSmsMessageId", String.class)).isNotBlank();
    }
}
