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

import io.kopru.camel.component.iletimerkezi.api.IletimerkeziBalance;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.sandbox.junit.RemoteProvider;
import io.kopru.camel.support.sms.SmsSendResult;
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
 * The read-only calls against the real iletiMerkezi API (remote mode: see the README's "Checking against the real
 * provider"). Skipped, with the reason, in every normal run.
 */
@RemoteProvider(value = "iletimerkezi", env = {"ILETIMERKEZI_API_KEY", "ILETIMERKEZI_API_HASH"})
class IletimerkeziRemoteTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        IletimerkeziComponent component = new IletimerkeziComponent();
        component.getConfiguration().setApiKey(env("ILETIMERKEZI_API_KEY"));
        component.getConfiguration().setSecretKey(env("ILETIMERKEZI_API_HASH"));
        component.getConfiguration().setBaseUrl(env("ILETIMERKEZI_BASE_URL", "https://api.iletimerkezi.com"));
        component.getConfiguration().setSender(env("ILETIMERKEZI_SENDER", "APITEST"));
        context.addComponent("iletimerkezi", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private Exchange call(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = context.createProducerTemplate().send(uri, e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            e.getMessage().setBody(body);
        });
        assertThat(exchange.getException()).as(uri).isNull();
        return exchange;
    }

    @Test
    void getBalance() {
        IletimerkeziBalance balance = call("iletimerkezi:get-balance", null, Map.of()).getMessage()
                .getBody(IletimerkeziBalance.class);
        assertThat(balance.getAmount()).isNotNull();
        assertThat(balance.getSms()).isNotNegative();
    }

    @Test
    void getSender() {
        assertThat(call("iletimerkezi:get-sender", null, Map.of()).getMessage().getBody(List.class)).isNotNull();
    }

    @Test
    @RemoteProvider(value = "iletimerkezi", env = "ILETIMERKEZI_ORDER_ID")
    void getReportOfAKnownOrder() {
        IletimerkeziReport report = call("iletimerkezi:get-report", env("ILETIMERKEZI_ORDER_ID"), Map.of())
                .getMessage().getBody(IletimerkeziReport.class);
        assertThat(report.getOrderId()).isEqualTo(env("ILETIMERKEZI_ORDER_ID"));
        assertThat(report.getOrderStatus()).isBetween(113, 115);
    }

    /** Sends one real SMS; with the default sender APITEST it goes to the account's registered number, free. */
    @Test
    @RemoteProvider(value = "iletimerkezi", env = "ILETIMERKEZI_TEST_RECIPIENT", sends = true)
    void sendOneMessageToTheTestRecipient() {
        Exchange sent = call("iletimerkezi:send-sms", "TEST kopru remote check " + System.currentTimeMillis(),
                Map.of(IletimerkeziConstants.TO, env("ILETIMERKEZI_TEST_RECIPIENT")));
        assertThat(sent.getMessage().getBody(SmsSendResult.class).getMessageId()).isNotBlank();
    }
}
