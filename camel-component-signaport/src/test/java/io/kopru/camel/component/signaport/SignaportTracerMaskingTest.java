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

import io.kopru.camel.sandbox.junit.LogCapture;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.log.MaskingExchangeFormatter;
import io.kopru.camel.support.log.MaskingTracerCustomizer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.spi.ExchangeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component leaves the context's tracer alone; an application that traces opts in to masked traces with the
 * support module's {@link MaskingTracerCustomizer}, as the README says.
 */
class SignaportTracerMaskingTest {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new SignaportSimulator());

    private static String getTokenUri() {
        return "signaport:get-token?licenseKey=" + SignaportSimulator.LICENSE_KEY + "&password=RAW("
               + SignaportSimulator.PASSWORD + ")&signatureType=MEDULA&baseUrl="
               + SANDBOX.server(SignaportSimulator.class).baseUrl();
    }

    @Test
    void withoutTheOptInStartingAndUsingAProducerLeavesTheTracerFormatterUntouched() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.setTracing(true);
            context.setLogMask(true);
            ExchangeFormatter before = context.getTracer().getExchangeFormatter();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:token").to(getTokenUri());
                }
            });
            context.start();
            Exchange exchange = context.createProducerTemplate().send("direct:token", e -> e.getMessage().setBody("x"));
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class)).isNotBlank();
            assertThat(context.getTracer().getExchangeFormatter()).isSameAs(before)
                    .isNotInstanceOf(MaskingExchangeFormatter.class);
        }
    }

    @Test
    void withTheOptInInCamelMainsPropertiesTheTraceMasksTheTokenHeaders() throws Exception {
        Properties props = new Properties();
        props.setProperty("camel.main.tracing", "true");
        props.setProperty("camel.main.configuration-classes", MaskingTracerCustomizer.class.getName());
        Main main = new Main();
        main.setInitialProperties(props);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:token").routeId("token").to(getTokenUri()).log("got a token");
            }
        });
        try (LogCapture log = new LogCapture(LogCapture.CAMEL_PLACEHOLDER_LOGGERS)) {
            main.start();
            Exchange exchange;
            try {
                exchange = main.getCamelContext().createProducerTemplate()
                        .send("direct:token", e -> e.getMessage().setBody("x"));
            } finally {
                main.stop();
            }
            assertThat(exchange.getException()).isNull();
            String signToken = exchange.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class);
            String accessToken = exchange.getMessage().getHeader(SignaportConstants.ACCESS_TOKEN, String.class);
            assertThat(signToken).isNotBlank();
            assertThat(log.lines()).as("the tracer printed the exchange after get-token")
                    .anyMatch(line -> line.contains("CamelSignaportSignToken=xxxxx")
                                      && line.contains("CamelSignaportAccessToken=xxxxx"));
            log.assertContainsNone(signToken, accessToken, SignaportSimulator.PASSWORD);
        }
    }
}
