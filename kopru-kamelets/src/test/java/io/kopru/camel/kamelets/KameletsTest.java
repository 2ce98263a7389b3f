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
package io.kopru.camel.kamelets;

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs each Kamelet of src/main/resources/kamelets through {@code kamelet:}, as a user's route would, against the
 * sandbox: Camel's kamelet component finds them at its default location, {@code classpath:kamelets}.
 */
class KameletsTest {

    @RegisterExtension
    static ProviderSandboxExtension sandbox = ProviderSandboxExtension.of(new IletimerkeziSimulator(),
            new MobildevSimulator(), new RestlinkSimulator(), new SignaportSimulator());

    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties());
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** The Kamelets' parameters, given the way a user would: as properties referenced from the kamelet: URI. */
    private static java.util.Properties properties() {
        java.util.Properties p = new java.util.Properties();
        p.put("ileti.key", IletimerkeziSimulator.API_KEY);
        p.put("ileti.hash", IletimerkeziSimulator.API_HASH);
        p.put("ileti.url", sandbox.baseUrl(IletimerkeziSimulator.class));
        p.put("mobildev.key", MobildevSimulator.API_KEY);
        p.put("mobildev.secret", MobildevSimulator.API_SECRET);
        p.put("mobildev.url", sandbox.baseUrl(MobildevSimulator.class));
        p.put("restlink.key", RestlinkSimulator.SIGNED_API_KEY);
        p.put("restlink.secret", RestlinkSimulator.API_SECRET);
        p.put("restlink.url", sandbox.baseUrl(RestlinkSimulator.class));
        p.put("signaport.license", SignaportSimulator.LICENSE_KEY);
        p.put("signaport.password", SignaportSimulator.PASSWORD);
        p.put("signaport.url", sandbox.baseUrl(SignaportSimulator.class));
        return p;
    }

    private void route(RouteBuilder builder) throws Exception {
        context.addRoutes(builder);
    }

    @Test
    void iletimerkeziSmsSinkSendsTheBodyToTheRecipientsOfTheToHeader(IletimerkeziSimulator iletimerkezi)
            throws Exception {
        route(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sms").to("kamelet:iletimerkezi-sms-sink?apiKey={{ileti.key}}&secretKey={{ileti.hash}}"
                                      + "&sender=ACME&baseUrl={{ileti.url}}");
            }
        });

        Exchange out = template.request("direct:sms", e -> {
            e.getMessage().setBody("Siparişiniz yola çıktı");
            e.getMessage().setHeader("to", "5321234567,5051234567");
        });

        assertThat(out.getException()).isNull();
        assertThat(iletimerkezi.acceptedOrders()).singleElement().satisfies(order -> {
            assertThat(order.sender).isEqualTo("ACME");
            assertThat(order.parts.get(0).text).isEqualTo("Siparişiniz yola çıktı");
            assertThat(order.parts.get(0).recipients).hasSize(2);
            assertThat(out.getMessage().getHeader(SmsHeaders.MESSAGE_ID)).isEqualTo(order.id);
        });
    }

    @Test
    void mobildevSmsSinkSendsASignedTransactionalSms(MobildevSimulator mobildev) throws Exception {
        route(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sms").to("kamelet:mobildev-sms-sink?apiKey={{mobildev.key}}"
                                      + "&secretKey={{mobildev.secret}}&sender=KOPRU&baseUrl={{mobildev.url}}");
            }
        });

        Exchange out = template.request("direct:sms", e -> {
            e.getMessage().setBody("kod: 4821");
            e.getMessage().setHeader("ce-to", "5321234567");
        });

        assertThat(out.getException()).isNull();
        assertThat(mobildev.acceptedMessages()).singleElement()
                .satisfies(m -> assertThat(m.recipients.get(0).text).isEqualTo("kod: 4821"));
        assertThat(out.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class)).isNotBlank();
    }

    @Test
    void restlinkSmsSinkSignsEveryRequestWhenAsked(RestlinkSimulator restlink) throws Exception {
        route(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sms").to("kamelet:restlink-sms-sink?apiKey={{restlink.key}}"
                                      + "&secretKey={{restlink.secret}}&signRequests=true&baseUrl={{restlink.url}}");
            }
        });

        Exchange out = template.request("direct:sms", e -> {
            e.getMessage().setBody("randevunuz yarın 10:00");
            e.getMessage().setHeader(SmsHeaders.TO, "5321234567");
        });

        assertThat(out.getException()).isNull();
        assertThat(restlink.acceptedMessages()).singleElement()
                .satisfies(m -> assertThat(m.text).isEqualTo("randevunuz yarın 10:00"));
        assertThat(restlink.signedRequests()).isNotEmpty();
    }

    @Test
    void signaportSignTokenActionAddsAFreshTokenToEachMessageAndKeepsTheBody(SignaportSimulator signaport)
            throws Exception {
        route(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sign").to("kamelet:signaport-sign-token-action?licenseKey={{signaport.license}}"
                                       + "&password={{signaport.password}}&signatureType=IBYS"
                                       + "&baseUrl={{signaport.url}}");
            }
        });

        Exchange first = template.request("direct:sign", e -> e.getMessage().setBody("reçete-1"));
        Exchange second = template.request("direct:sign", e -> e.getMessage().setBody("reçete-2"));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(first.getMessage().getBody(String.class)).isEqualTo("reçete-1");
        assertThat(second.getMessage().getBody(String.class)).isEqualTo("reçete-2");
        String token1 = first.getMessage().getHeader("CamelSignaportSignToken", String.class);
        String token2 = second.getMessage().getHeader("CamelSignaportSignToken", String.class);
        assertThat(token1).isNotEqualTo(token2);
        assertThat(signaport.issuedSignTokenValues()).containsExactly(token1, token2);
        assertThat(first.getMessage().getHeader("CamelSignaportSignTokenExpiresAt")).isNotNull();
    }

    @Test
    void deliveryReportSourceEmitsEachStatusChangeOnce(IletimerkeziSimulator iletimerkezi) throws Exception {
        List<DeliveryReport> reports = new CopyOnWriteArrayList<>();
        List<Map<String, Object>> headers = new CopyOnWriteArrayList<>();
        route(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sms").to("kamelet:iletimerkezi-sms-sink?apiKey={{ileti.key}}&secretKey={{ileti.hash}}"
                                      + "&sender=ACME&baseUrl={{ileti.url}}");
                from("kamelet:iletimerkezi-delivery-report-source?apiKey={{ileti.key}}&secretKey={{ileti.hash}}"
                     + "&period=300&baseUrl={{ileti.url}}")
                        .process(e -> {
                            reports.add(e.getMessage().getBody(DeliveryReport.class));
                            headers.add(Map.copyOf(e.getMessage().getHeaders()));
                        });
            }
        });
        iletimerkezi.setDeliveryDelay(Duration.ofDays(1)); // stays pending until deliverAll()

        Exchange sent = template.request("direct:sms", e -> {
            e.getMessage().setBody("kargonuz teslim edildi");
            e.getMessage().setHeader("to", "5321234567,5051234599"); // ...99: undeliverable in the sandbox
        });
        assertThat(sent.getException()).isNull();
        String orderId = sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> reports.size() == 2);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.getMessageId()).isEqualTo(orderId);
            assertThat(r.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        });

        iletimerkezi.deliverAll();
        await().atMost(Duration.ofSeconds(10)).until(() -> reports.size() == 4);
        assertThat(reports.subList(2, 4)).extracting(DeliveryReport::getStatus)
                .containsExactlyInAnyOrder(DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED);
        assertThat(headers.get(3)).containsEntry(SmsHeaders.MESSAGE_ID, orderId)
                .containsKey("kopru-delivery-status").containsKey(SmsHeaders.TO);

        // several more polls: nothing already emitted comes again
        long polls = sandbox.server(IletimerkeziSimulator.class).requestCount("/v1/get-reports/json");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sandbox.server(IletimerkeziSimulator.class).requestCount("/v1/get-reports/json")
                             >= polls + 3);
        assertThat(reports).hasSize(4);
    }
}
