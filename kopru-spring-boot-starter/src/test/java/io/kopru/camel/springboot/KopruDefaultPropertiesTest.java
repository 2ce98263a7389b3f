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

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application without an application.properties of its own: {@code classpath:application.properties} is then the
 * routes library's, which Spring Boot must not take for the application's; the starter's kopru.* defaults apply.
 */
class KopruDefaultPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    static class EmptyApplication {
    }

    @Test
    void theRoutesLibrarysApplicationPropertiesIsNotTheApplications() {
        ClassLoader withoutOwnProperties = new WithoutTestApplicationProperties(getClass().getClassLoader());
        assertThat(KopruDefaultProperties.isLibraryApplicationProperties(withoutOwnProperties))
                .as("the case under test: the first application.properties is the routes library's").isTrue();

        SpringApplication application = new SpringApplication(new DefaultResourceLoader(withoutOwnProperties),
                EmptyApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run()) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("camel.main.name")).as("the library's camel.main.name").isNull();
            assertThat(environment.getProperty("camel.main.routes-include-pattern")).isNull();
            assertThat(environment.getProperty("camel.main.routes-exclude-pattern")).contains("routes-*.jar");
            assertThat(environment.getProperty("kopru.store")).isEqualTo("memory");
            assertThat(environment.getProperty("kopru.reports.batch-size")).isEqualTo("500");
        }
    }

    @Test
    void theApplicationsOwnApplicationPropertiesStays() {
        assertThat(KopruDefaultProperties.isLibraryApplicationProperties(getClass().getClassLoader())).isFalse();
        SpringApplication application = new SpringApplication(EmptyApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("kopru-starter-test");
        }
    }

    /** Hides the test's own application.properties (test-classes), as if the application had none. */
    private static final class WithoutTestApplicationProperties extends ClassLoader {

        WithoutTestApplicationProperties(ClassLoader parent) {
            super(parent);
        }

        @Override
        public URL getResource(String name) {
            if (!"application.properties".equals(name)) {
                return super.getResource(name);
            }
            try {
                Enumeration<URL> all = getResources(name);
                return all.hasMoreElements() ? all.nextElement() : null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> urls = Collections.list(super.getResources(name));
            if ("application.properties".equals(name)) {
                urls.removeIf(url -> url.toString().contains("/test-classes/"));
            }
            return Collections.enumeration(urls);
        }
    }
}
