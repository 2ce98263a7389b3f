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

import io.kopru.camel.springboot.routes.KopruRoutesLibrary;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The starter's defaults, as the property source of lowest precedence (any property of the application overrides
 * them):
 * <ul>
 * <li>{@code camel.health.producers-enabled=true}: the Kopru components' health checks are producer checks, which
 * Camel registers only when producer checks are on;</li>
 * <li>with the routes library on the class path, the defaults of the {@code kopru.*} properties its route files read,
 * and {@code camel.main.routes-exclude-pattern} keeping its files out of Camel's own route scan.</li>
 * </ul>
 * The routes library ships an {@code application.properties} for Camel Main applications (the demo). When the
 * application has none of its own, Spring Boot would take the library's for the application's (its name, its route
 * scan of every {@code camel/*} file, the demo's credential placeholders); that property source is removed here. This
 * post-processor runs after Spring Boot's config data one (it has the lowest order), so the source is already there.
 */
public class KopruDefaultProperties implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "kopruDefaults";

    /** How Spring Boot names the property source of {@code classpath:application.properties}. */
    private static final String CLASSPATH_APPLICATION_PROPERTIES = "class path resource [application.properties]";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("camel.health.producers-enabled", "true");
        ClassLoader classLoader = application.getClassLoader();
        if (ClassUtils.isPresent(KopruRoutesLibrary.BEANS_CLASS, classLoader)) {
            defaults.putAll(KopruRoutesLibrary.defaultProperties());
            defaults.put("camel.main.routes-exclude-pattern", KopruRoutesLibrary.ROUTE_SCAN_EXCLUDE);
            if (isLibraryApplicationProperties(classLoader)) {
                removeClasspathApplicationProperties(environment);
            }
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    /** Whether {@code classpath:application.properties} resolves to the routes library's own (the first one wins). */
    static boolean isLibraryApplicationProperties(ClassLoader classLoader) {
        URL properties = classLoader.getResource("application.properties");
        URL marker = classLoader.getResource(KopruRoutesLibrary.MARKER_FILE);
        if (properties == null || marker == null) {
            return false;
        }
        String markerUrl = marker.toString();
        String libraryRoot = markerUrl.substring(0, markerUrl.length() - KopruRoutesLibrary.MARKER_FILE.length());
        return properties.toString().equals(libraryRoot + "application.properties");
    }

    private static void removeClasspathApplicationProperties(ConfigurableEnvironment environment) {
        List<String> names = new ArrayList<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source.getName().contains(CLASSPATH_APPLICATION_PROPERTIES)) {
                names.add(source.getName());
            }
        }
        names.forEach(environment.getPropertySources()::remove);
    }
}
