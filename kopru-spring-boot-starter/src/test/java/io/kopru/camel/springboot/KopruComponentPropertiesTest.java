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

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.springboot.app.KopruTestApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What binds {@code camel.component.<scheme>.*}: the starter's customizer, strictly. */
class KopruComponentPropertiesTest {

    @RegisterExtension
    static ProviderSandboxExtension sandbox = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    private static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>();
        args.add("--spring.main.web-application-type=none");
        args.add("--camel.component.iletimerkezi.api-key=" + IletimerkeziSimulator.API_KEY);
        args.add("--camel.component.iletimerkezi.secret-key=" + IletimerkeziSimulator.API_HASH);
        args.add("--camel.component.iletimerkezi.base-url=" + sandbox.baseUrl(IletimerkeziSimulator.class));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(KopruTestApplication.class).run(args.toArray(String[]::new));
    }

    private static Exchange balance(ConfigurableApplicationContext app) {
        return app.getBean(CamelContext.class).createProducerTemplate().request("direct:balance", e -> { });
    }

    @Test
    void theComponentIsConfiguredFromItsPropertiesAndUsesThem() {
        try (ConfigurableApplicationContext app = start()) {
            Exchange out = balance(app);
            assertThat(out.getException()).isNull();
            assertThat(sandbox.server(IletimerkeziSimulator.class).requestCount("/v1/get-balance/json")).isEqualTo(1);
        }
    }

    @Test
    void withoutTheCustomizerNothingConfiguresTheComponent() {
        // proves the binding is the starter's: camel-spring-boot alone leaves a component without a starter unset
        assertThatThrownBy(() -> start("--camel.component.iletimerkezi.customizer.enabled=false").close())
                .hasStackTraceContaining("apiKey");
        assertThat(sandbox.server(IletimerkeziSimulator.class).requestCount()).isZero();
    }

    @Test
    void aPropertyThatNamesNoOptionFailsTheStartNamingIt() {
        assertThatThrownBy(() -> start("--camel.component.iletimerkezi.api-kee=typo").close())
                .hasStackTraceContaining("apiKee");
    }
}
