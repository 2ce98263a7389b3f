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
package io.kopru.camel.test.sms;

import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neutral SMS contract, the same for every SMS component: a send's result is read through {@link SmsHeaders}
 * alone, so that a failover route reads any provider's answer without knowing which one answered. A component module
 * extends this class with its send endpoint pointed at its simulator; every assertion here is shared.
 */
public abstract class NeutralSmsSendContract {

    /** Two Turkish mobile numbers every simulator accepts, written as routes write them. */
    protected static final String TWO_RECIPIENTS = "5321234567,5056647139";
    /** 160 GSM-7 characters: one SMS part. */
    protected static final String ONE_PART = "x".repeat(160);
    /** 161 GSM-7 characters: two concatenated parts of at most 153. */
    protected static final String TWO_PARTS = "x".repeat(161);

    private CamelContext context;

    /** The value the component puts in {@code CamelSmsProvider}. */
    protected abstract String provider();

    /** The send endpoint, with the credentials, sender and base URL of the provider's simulator. */
    protected abstract String sendUri();

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    private Message send(String text, String to) {
        Exchange exchange = context.createProducerTemplate().send(sendUri(), e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(SmsHeaders.TO, to);
        });
        assertThat(exchange.getException()).as("the send failed").isNull();
        return exchange.getMessage();
    }

    @Test
    void aSendReportsTheProviderItsIdAndTheRecipientCountInTheNeutralHeaders() {
        Message sent = send(ONE_PART, TWO_RECIPIENTS);

        assertThat(sent.getHeader(SmsHeaders.PROVIDER, String.class)).isEqualTo(provider());
        String id = sent.getHeader(SmsHeaders.MESSAGE_ID, String.class);
        assertThat(id).isNotBlank();
        assertThat(sent.getHeader(SmsHeaders.MESSAGE_IDS, List.class)).containsExactly(id);
        assertThat(sent.getHeader(SmsHeaders.RECIPIENT_COUNT, Integer.class)).isEqualTo(2);
        assertThat(sent.getHeader(SmsHeaders.SEGMENTS, Integer.class)).isEqualTo(1);
        assertThat(sent.getBody(SmsSendResult.class)).as("the body says the same")
                .isEqualTo(new SmsSendResult(provider(), List.of(id), 2, 1));
    }

    @Test
    void aLongTextReportsItsPartsInTheNeutralHeader() {
        Message sent = send(TWO_PARTS, "5321234567");

        assertThat(sent.getHeader(SmsHeaders.SEGMENTS, Integer.class)).isEqualTo(2);
        assertThat(sent.getHeader(SmsHeaders.RECIPIENT_COUNT, Integer.class)).isEqualTo(1);
    }

    @Test
    void noProviderSpecificHeaderRepeatsANeutralFact() {
        Message sent = send(ONE_PART, TWO_RECIPIENTS);

        assertThat(sent.getHeaders().keySet()).as("what CamelSms* says is said once")
                .filteredOn(name -> !name.startsWith("CamelSms"))
                .noneMatch(name -> name.endsWith("Segments") || name.endsWith("RecipientCount")
                                   || name.endsWith("MessageId") || name.endsWith("MessageIds")
                                   || name.endsWith("Provider"));
    }
}
