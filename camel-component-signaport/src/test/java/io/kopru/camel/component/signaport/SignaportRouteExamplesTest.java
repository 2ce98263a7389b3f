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

import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator.Use;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's route examples, run as written: each document reaches the signing step with its own sign token, which
 * the signing service accepts; and the README holds them verbatim.
 */
class SignaportRouteExamplesTest extends SignaportTestSupport {

    private static final String YAML = "routes/signaport-sign-documents.yaml";

    /** document and token, as the signing step received them */
    private final List<String[]> signed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void signingStep() throws Exception {
        Properties props = new Properties();
        props.setProperty("signing.endpoint", "direct:signer");
        context.getPropertiesComponent().setInitialProperties(props);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:signer").process(e -> {
                    String token = e.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class);
                    signed.add(new String[] {e.getMessage().getBody(String.class), token});
                    assertThat(signaport.useSignToken(token)).isEqualTo(Use.ACCEPTED);
                });
            }
        });
    }

    private void signTwoDocuments() {
        for (String document : new String[] {"<recete no=\"1\"/>", "<recete no=\"2\"/>"}) {
            Exchange exchange = call("direct:sign-document", document, Map.of());
            assertThat(exchange.getException()).isNull();
        }
        assertThat(signed).extracting(s -> s[0]).containsExactly("<recete no=\"1\"/>", "<recete no=\"2\"/>");
        assertThat(signed).extracting(s -> s[1]).doesNotContainNull().doesNotHaveDuplicates()
                .containsExactlyElementsOf(signaport.issuedSignTokenValues());
    }

    @Test
    void theYamlExampleGivesEachDocumentItsOwnToken() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveResource(context, "classpath:" + YAML));
        assertThat(context.getRoute("sign-document")).isNotNull();
        signTwoDocuments();
    }

    @Test
    void theJavaExampleGivesEachDocumentItsOwnToken() throws Exception {
        context.addRoutes(new SignDocumentsRoute());
        signTwoDocuments();
    }

    @Test
    void theReadmeShowsBothExamplesAsTested() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String yaml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(YAML)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(readme).contains(yaml.strip());
        assertThat(readme).contains(javaExample());
        assertThat(SignaportSimulator.RATE_LIMIT).as("the examples' rateLimit").isEqualTo(10);
    }

    /** The lines of SignDocumentsRoute between its README markers, unindented as the README shows them. */
    private static String javaExample() throws IOException {
        List<String> lines = Files.readAllLines(
                Path.of("src/test/java/io/kopru/camel/component/signaport/SignDocumentsRoute.java"));
        int begin = lines.indexOf("        // README:begin");
        int end = lines.indexOf("        // README:end");
        assertThat(begin).isPositive();
        return lines.subList(begin + 1, end).stream().map(l -> l.substring(Math.min(8, l.length())))
                .collect(Collectors.joining("\n"));
    }
}
