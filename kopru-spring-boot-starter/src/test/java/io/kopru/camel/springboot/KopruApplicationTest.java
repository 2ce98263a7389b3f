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
package io.kopru.camel.springboot;

import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.springboot.app.KopruTestApplication;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot application that configures iletiMerkezi and Mobildev by properties alone and sends through the routes
 * library's failover route to the sandbox.
 */
@CamelSpringBootTest
@SpringBootTest(classes = KopruTestApplication.class)
@DirtiesContext
class KopruApplicationTest {

    @RegisterExtension
    static ProviderSandboxExtension sandbox = ProviderSandboxExtension.of(new IletimerkeziSimulator(),
            new MobildevSimulator());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SandboxProperties.of(sandbox).forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate template;
    @Autowired
    List<DeliveryReport> receivedReports;

    private Exchange send(String text) {
        return template.request("direct:sms", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        });
    }

    @Test
    void theFailoverRouteIsSwitchedOnByKopruPropertiesAndItsDemoIsNot() {
        assertThat(camelContext.getRoute("sms-send")).isNotNull();
        assertThat(camelContext.getRoute("delivery-poll")).isNotNull();
        assertThat(camelContext.getRoute("kopru-status-iletimerkezi")).isNotNull();
        assertThat(camelContext.getRoute("signaport-sign")).as("kopru.sign.enabled is off").isNull();
        assertThat(camelContext.getRoutes()).noneMatch(r -> r.getRouteId().startsWith("demo"));
    }

    @Test
    void sendsThroughThePrimaryConfiguredByPropertiesAlone(IletimerkeziSimulator iletimerkezi,
                                                           MobildevSimulator mobildev) {
        Exchange out = send("merhaba");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(SmsHeaders.PROVIDER)).isEqualTo("iletimerkezi");
        assertThat(iletimerkezi.acceptedOrders()).singleElement().satisfies(o -> {
            assertThat(o.sender).isEqualTo("ACME");
            assertThat(o.parts.get(0).text).isEqualTo("merhaba");
        });
        assertThat(mobildev.acceptedMessages()).isEmpty();
    }

    @Test
    void aDefiniteFailureAtThePrimaryFailsOverToMobildevExactlyOnce(IletimerkeziSimulator iletimerkezi,
                                                                   MobildevSimulator mobildev) {
        sandbox.server(IletimerkeziSimulator.class).inject(Fault.STATUS_503, "/v1/send-sms", 1);

        Exchange out = send("yedek sağlayıcıdan");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(SmsHeaders.PROVIDER)).isEqualTo("mobildev");
        assertThat(iletimerkezi.acceptedOrders()).isEmpty();
        assertThat(mobildev.acceptedMessages()).singleElement()
                .satisfies(m -> assertThat(m.recipients.get(0).text).isEqualTo("yedek sağlayıcıdan"));
    }

    @Test
    void theLibrarysPollPublishesTheDeliveryReports(IletimerkeziSimulator iletimerkezi) {
        String orderId = send("teslim raporu").getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
        iletimerkezi.deliverAll();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receivedReports).anySatisfy(r -> {
            assertThat(r.getMessageId()).isEqualTo(orderId);
            assertThat(r.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        }));
    }
}
