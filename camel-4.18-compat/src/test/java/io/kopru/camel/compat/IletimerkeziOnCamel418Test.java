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
package io.kopru.camel.compat;

import io.kopru.camel.component.iletimerkezi.IletimerkeziComponent;
import io.kopru.camel.component.iletimerkezi.IletimerkeziConstants;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziBalance;
import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iletiMerkezi jar built on Camel 4.14 doing its work on Camel 4.18 over real HTTP against the sandbox: a send
 * from a YAML route whose URI Camel builds from parameters, a delivery report, a balance check, a toD, and the
 * route dump.
 */
class IletimerkeziOnCamel418Test {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    private CamelContext context;
    private ProducerTemplate template;
    private IletimerkeziSimulator iletimerkezi;

    @BeforeEach
    void startCamel() throws Exception {
        iletimerkezi = SANDBOX.simulator(IletimerkeziSimulator.class);
        String baseUrl = SANDBOX.baseUrl(IletimerkeziSimulator.class);
        context = new DefaultCamelContext();
        Properties sandbox = new Properties();
        sandbox.setProperty("sandbox.apiKey", IletimerkeziSimulator.API_KEY);
        sandbox.setProperty("sandbox.apiHash", IletimerkeziSimulator.API_HASH);
        sandbox.setProperty("sandbox.url", baseUrl);
        context.getPropertiesComponent().setInitialProperties(sandbox);
        IletimerkeziComponent component = new IletimerkeziComponent();
        component.getConfiguration().setApiKey(IletimerkeziSimulator.API_KEY);
        component.getConfiguration().setSecretKey(IletimerkeziSimulator.API_HASH);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setSender("ACME");
        context.addComponent("iletimerkezi", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dynamic").toD("iletimerkezi:${header.operation}");
            }
        });
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:routes/scheme-only-uri.yaml"));
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    void sendsFromAYamlRouteWhoseUriCamelBuildsThenReportsAndChecksTheBalance() {
        assertThat(context.getVersion()).startsWith("4.18.");
        Exchange sent = template.send("direct:send", e -> {
            e.getMessage().setHeader(SmsHeaders.TO, "0532 123 45 67");
            e.getMessage().setBody("Doğrulama kodunuz: 481516");
        });
        assertThat(sent.getException()).isNull();
        String id = sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
        assertThat(iletimerkezi.order(id).parts.get(0).text).isEqualTo("Doğrulama kodunuz: 481516");

        iletimerkezi.deliverAll();
        Exchange report = template.send("iletimerkezi:get-report",
                e -> e.getMessage().setHeader(SmsHeaders.MESSAGE_ID, id));
        assertThat(report.getException()).isNull();
        assertThat(report.getMessage().getBody(IletimerkeziReport.class).getReports())
                .singleElement().satisfies(r -> assertThat(r.getStatus()).isEqualTo(DeliveryStatus.DELIVERED));

        Exchange balance = template.send("direct:dynamic", e -> e.getMessage().setHeader("operation", "get-balance"));
        assertThat(balance.getException()).isNull();
        long credits = balance.getMessage().getBody(IletimerkeziBalance.class).getSms();
        assertThat(credits).isLessThan(IletimerkeziSimulator.INITIAL_CREDITS).isPositive();
        assertThat(balance.getMessage().getHeader(IletimerkeziConstants.BALANCE_SMS, Long.class)).isEqualTo(credits);
    }

    @Test
    void dumpsTheRouteAsYamlWithTheUriAsParameters() throws Exception {
        String dump = PluginHelper.getModelToYAMLDumper(context).dumpModelAsYaml(context,
                ((ModelCamelContext) context).getRouteDefinition("send-scheme-only"), false, true, false, false);
        assertThat(dump).contains("iletimerkezi").contains("send-sms").doesNotContain(IletimerkeziSimulator.API_HASH);
    }
}
