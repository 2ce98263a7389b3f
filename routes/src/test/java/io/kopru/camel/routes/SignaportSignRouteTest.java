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
package io.kopru.camel.routes;

import io.kopru.camel.component.signaport.SignaportConstants;
import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** camel/signaport-sign.yaml as shipped: a fresh sign token for each document, each usable exactly once. */
class SignaportSignRouteTest {

    @Test
    void everyDocumentGetsItsOwnFreshSignToken() throws Exception {
        SignaportSimulator signaport = new SignaportSimulator();
        try (ProviderSandbox sandbox = ProviderSandbox.of(signaport).start()) {
            List<String> tokens = new CopyOnWriteArrayList<>();
            List<String> documents = new CopyOnWriteArrayList<>();
            Properties p = new Properties();
            p.setProperty("camel.main.routes-include-pattern", "classpath:camel/signaport-sign.yaml");
            p.setProperty("camel.component.signaport.base-url", sandbox.baseUrl(SignaportSimulator.class));
            p.setProperty("signaport.license-key", SignaportSimulator.LICENSE_KEY);
            p.setProperty("signaport.password", SignaportSimulator.PASSWORD);
            p.setProperty("kopru.sign.target", "direct:test-signer");
            Main main = new Main();
            main.setOverrideProperties(p);
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    // the signing system: uses the token once, as a real signer would
                    from("direct:test-signer").process(e -> {
                        String token = e.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class);
                        tokens.add(token);
                        documents.add(e.getMessage().getBody(String.class));
                        assertThat(signaport.useSignToken(token)).as("the token is accepted once")
                                .isEqualTo(SignaportSimulator.Use.ACCEPTED);
                    });
                }
            });
            main.start();
            try {
                CamelContext context = main.getCamelContext();
                ProducerTemplate template = context.createProducerTemplate();
                for (String doc : new String[] {"reçete-1.xml", "reçete-2.xml", "reçete-3.xml"}) {
                    Exchange e = template.send("direct:sign", x -> x.getMessage().setBody(doc));
                    assertThat(e.getException()).isNull();
                }
            } finally {
                main.stop();
            }
            assertThat(documents).containsExactly("reçete-1.xml", "reçete-2.xml", "reçete-3.xml");
            assertThat(tokens).hasSize(3).doesNotHaveDuplicates();
            assertThat(signaport.issuedSignTokens()).hasSize(3);
        }
    }
}
