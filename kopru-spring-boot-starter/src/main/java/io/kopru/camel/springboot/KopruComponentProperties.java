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
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Configures every Kopru component from the {@code camel.component.<name>.*} properties of the Spring environment,
 * the way Camel Main does: each property is handed to Camel's property binding, which sets it through the
 * component's generated {@code PropertyConfigurer} (with Camel's type conversion and {@code {{...}}} placeholders).
 * No option is named here, so options the components gain or lose need no change. A property that names no option
 * fails the start, naming it, rather than being ignored.
 * <p>
 * {@code <name>} is the component's name in the CamelContext, normally its scheme; a second instance registered
 * under another name reads its own prefix. {@code camel.component.<name>.enabled=false} or
 * {@code camel.component.<name>.customizer.enabled=false} leaves the component alone.
 */
public class KopruComponentProperties implements ComponentCustomizer {

    /** camel-spring-boot's own switches under a component's prefix, not component options. */
    private static final String[] SWITCHES = {"enabled", "customizer.enabled"};

    private final Environment environment;
    private final CamelContext camelContext;
    private final KopruCatalog catalog;

    public KopruComponentProperties(Environment environment, CamelContext camelContext, KopruCatalog catalog) {
        this.environment = environment;
        this.camelContext = camelContext;
        this.catalog = catalog;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return catalog.byJavaType(target.getClass().getName()).isPresent()
               && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component", "camel.component." + name)
               && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer",
                "camel.component." + name + ".customizer");
    }

    @Override
    public void configure(String name, Component target) {
        Map<String, Object> properties = properties(name);
        if (properties.isEmpty()) {
            return;
        }
        PropertyConfigurer configurer = Optional.ofNullable(target.getComponentPropertyConfigurer())
                .orElseGet(() -> PluginHelper.getConfigurerResolver(camelContext)
                        .resolvePropertyConfigurer(name + "-component", camelContext));
        PropertyBindingSupport.build()
                .withCamelContext(camelContext)
                .withTarget(target)
                .withConfigurer(configurer)
                .withProperties(properties)
                .withIgnoreCase(true)
                .withMandatory(true)
                .bind();
    }

    /** The options under {@code camel.component.<name>}, their names in Camel's camelCase. */
    Map<String, Object> properties(String name) {
        Map<String, String> raw = Binder.get(environment)
                .bind("camel.component." + name, Bindable.mapOf(String.class, String.class))
                .orElseGet(Map::of);
        Map<String, Object> options = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (!Arrays.asList(SWITCHES).contains(key)) {
                options.put(Arrays.stream(key.split("\\.")).map(StringHelper::dashToCamelCase)
                        .collect(Collectors.joining(".")), value);
            }
        });
        return options;
    }
}
