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

import io.kopru.camel.sandbox.junit.RemoteProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kopru.camel.sandbox.junit.RemoteProviderCondition.env;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One read-only (GET) Integration API call against the real Brokerage platform (remote mode: see the README's
 * "Checking against the real provider"). The document names neither the host nor a read-only path, so both come from
 * the environment. Skipped in every normal run.
 */
@RemoteProvider(value = "brokerage",
                env = {"BROKERAGE_BASE_URL", "BROKERAGE_API_KEY", "BROKERAGE_SECRET_KEY", "BROKERAGE_READ_PATH"})
class BrokerageRemoteTest {

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

    @Test
    void aReadOnlyCall() {
        String uri = "brokerage:call?httpMethod=GET&baseUrl=" + env("BROKERAGE_BASE_URL") + "&apiKey=RAW("
                     + env("BROKERAGE_API_KEY") + ")&secretKey=RAW(" + env("BROKERAGE_SECRET_KEY") + ")&path="
                     + env("BROKERAGE_READ_PATH");
        Exchange exchange = context.createProducerTemplate().send(uri, e -> { });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader("CamelHttpResponseCode", Integer.class)).isBetween(200, 299);
    }
}
