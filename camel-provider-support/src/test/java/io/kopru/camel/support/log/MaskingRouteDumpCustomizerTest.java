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
package io.kopru.camel.support.log;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.DumpRoutesStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route dump written to files with its placeholders resolved: Camel's own prints a secret option given as a
 * placeholder in clear; with the customizer it is masked, in whatever form the URI holds it.
 */
class MaskingRouteDumpCustomizerTest {

    private static final String PASSWORD = "dump-pass+word/42";

    @Test
    void camelsOwnDumpPrintsTheSecretItsPlaceholderResolvesTo(@TempDir Path dir) throws Exception {
        assertThat(dump(dir, false)).contains("authPassword=" + PASSWORD).contains("RAW(" + PASSWORD + ")");
    }

    @Test
    void theMaskingDumpMasksItInTheFilesItWrites(@TempDir Path dir) throws Exception {
        String dump = dump(dir, true);
        assertThat(dump).contains("<route id=\"hook\">").contains("authPassword=xxxxxx")
                .contains("<route id=\"raw\">").contains("AUTHPASSWORD=xxxxxx").doesNotContain("dump-pass");
    }

    @Test
    void applyingItTwiceKeepsOneMaskingStrategyWithTheSettingsItFound() {
        CamelContext context = new DefaultCamelContext();
        DumpRoutesStrategy before = context.getCamelContextExtension().getContextPlugin(DumpRoutesStrategy.class);
        before.setInclude("all");
        before.setUriAsParameters(true);
        new MaskingRouteDumpCustomizer().configure(context);
        DumpRoutesStrategy masking = context.getCamelContextExtension().getContextPlugin(DumpRoutesStrategy.class);
        new MaskingRouteDumpCustomizer().configure(context);
        assertThat(context.getCamelContextExtension().getContextPlugin(DumpRoutesStrategy.class))
                .isSameAs(masking).isInstanceOf(MaskingDumpRoutesStrategy.class);
        assertThat(masking.getInclude()).isEqualTo("all");
        assertThat(masking.isUriAsParameters()).isTrue();
    }

    private static String dump(Path dir, boolean masked) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Properties props = new Properties();
            props.setProperty("hook.password", PASSWORD);
            context.getPropertiesComponent().setInitialProperties(props);
            if (masked) {
                new MaskingRouteDumpCustomizer().configure(context);
            }
            DumpRoutesStrategy strategy = context.getCamelContextExtension().getContextPlugin(DumpRoutesStrategy.class);
            strategy.setOutput(dir.toString());
            strategy.setLog(false);
            strategy.setResolvePlaceholders(true);
            context.setDumpRoutes("xml");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:hook").routeId("hook")
                            .to("http://localhost:1/hook?authUsername=dumper&authPassword={{hook.password}}");
                    // option names in another case, and a RAW value
                    from("direct:raw").routeId("raw")
                            .to("http://localhost:1/raw?AUTHUSERNAME=dumper&AUTHPASSWORD=RAW({{hook.password}})");
                }
            });
            context.start();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(MaskingRouteDumpCustomizerTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
