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
package io.kopru.camel.routes.karaf;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parts of the Karaf activator that do not need a framework (KarafFeaturesIT runs it in a real Karaf): which
 * route files it runs, and what of a Config Admin configuration becomes Camel properties.
 */
class KopruRoutesActivatorTest {

    @Test
    void runsEveryRouteFileOfTheModuleEachByItsOwnClasspathLocation() throws IOException {
        Path camel = Paths.get("src/main/resources/camel");
        List<String> expected;
        try (Stream<Path> files = Files.list(camel)) {
            expected = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".xml"))
                    .map(n -> "classpath:camel/" + n).sorted().collect(Collectors.toList());
        }
        assertThat(expected).contains("classpath:camel/sms-send.yaml", "classpath:camel/delivery-poll.xml");

        assertThat(KopruRoutesActivator.bundledRouteFiles(bundleServing(camel))).isEqualTo(expected);
    }

    @Test
    void aBundleWithoutRouteFilesIsAnError() {
        assertThatThrownBy(() -> KopruRoutesActivator.bundledRouteFiles(bundleServing(Paths.get("does-not-exist"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no route files under camel/");
    }

    @Test
    void configurationEntriesBecomeOverridePropertiesWithoutConfigAdminsOwn() {
        Hashtable<String, Object> configuration = new Hashtable<>();
        configuration.put("service.pid", KopruRoutesActivator.PID);
        configuration.put("felix.fileinstall.filename", "file:/opt/karaf/etc/io.kopru.camel.routes.cfg");
        configuration.put("camel.component.iletimerkezi.base-url", "https://api.iletimerkezi.com");
        configuration.put("kopru.poll.batch-size", 50);
        configuration.put("iletimerkezi.secret-key", "{{env:ILETIMERKEZI_API_HASH}}");

        Properties properties = KopruRoutesActivator.toProperties(configuration);

        assertThat(properties).containsOnlyKeys("camel.component.iletimerkezi.base-url", "kopru.poll.batch-size",
                "iletimerkezi.secret-key");
        assertThat(properties.getProperty("kopru.poll.batch-size")).isEqualTo("50");
        // a placeholder stays a placeholder: Camel resolves it, so the secret itself need not be in the file
        assertThat(properties.getProperty("iletimerkezi.secret-key")).isEqualTo("{{env:ILETIMERKEZI_API_HASH}}");
    }

    /** A bundle whose {@code findEntries("camel", pattern, false)} lists the files of a directory. */
    private static Bundle bundleServing(Path dir) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findEntries") && "camel".equals(args[0])) {
                        if (!Files.isDirectory(dir)) {
                            return null;
                        }
                        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + args[1]);
                        try (Stream<Path> files = Files.list(dir)) {
                            List<URL> urls = files.filter(p -> glob.matches(p.getFileName()))
                                    .map(p -> entry("/camel/" + p.getFileName())).collect(Collectors.toList());
                            return urls.isEmpty() ? null : Collections.enumeration(urls);
                        }
                    }
                    if (method.getName().equals("getSymbolicName")) {
                        return "io.kopru.camel.routes";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** An OSGi bundle entry URL, as Felix gives them ({@code bundleentry://42.fwk1/camel/sms-send.yaml}). */
    private static URL entry(String path) {
        try {
            return new URL("bundleentry", "42.fwk1", -1, path, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    throw new UnsupportedOperationException();
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
