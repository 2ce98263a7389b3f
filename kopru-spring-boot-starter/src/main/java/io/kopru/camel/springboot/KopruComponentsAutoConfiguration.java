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

import io.kopru.camel.springboot.catalog.KopruCatalog;
import io.kopru.camel.support.log.MaskingRouteDumpCustomizer;
import io.kopru.camel.support.log.MaskingTracerCustomizer;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of every Kopru component found on the class path (one starter for all: see the README):
 * {@code camel.component.<scheme>.*} properties applied by {@link KopruComponentProperties}; and, unless
 * {@code kopru.masking.enabled=false}, the support module's masking of route dumps and of the tracer, applied to the
 * CamelContext before it starts (Camel's own print resolved secret options and token headers in clear).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnBean(CamelContext.class)
public class KopruComponentsAutoConfiguration {

    @Bean
    public KopruCatalog kopruCatalog() {
        return KopruCatalog.load(KopruComponentsAutoConfiguration.class.getClassLoader());
    }

    @Lazy
    @Bean
    public ComponentCustomizer kopruComponentProperties(Environment environment, CamelContext camelContext,
                                                        KopruCatalog kopruCatalog) {
        return new KopruComponentProperties(environment, camelContext, kopruCatalog);
    }

    @Bean
    @ConditionalOnProperty(prefix = "kopru.masking", name = "enabled", matchIfMissing = true)
    public MaskingRouteDumpCustomizer kopruRouteDumpMasking(CamelContext camelContext) {
        MaskingRouteDumpCustomizer masking = new MaskingRouteDumpCustomizer();
        masking.configure(camelContext); // keeps the dump settings camel.main.* gave Camel's strategy
        return masking;
    }

    @Bean
    @ConditionalOnProperty(prefix = "kopru.masking", name = "enabled", matchIfMissing = true)
    public MaskingTracerCustomizer kopruTracerMasking(CamelContext camelContext) {
        MaskingTracerCustomizer masking = new MaskingTracerCustomizer();
        masking.configure(camelContext);
        return masking;
    }
}
