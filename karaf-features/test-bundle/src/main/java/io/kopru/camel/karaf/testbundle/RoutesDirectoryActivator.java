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
package io.kopru.camel.karaf.testbundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one CamelContext through camel-karaf's {@link OsgiDefaultCamelContext} (so components, languages and
 * type converters are found in other bundles by camel-core-osgi's activator) and loads every {@code *.yaml} file
 * that appears in a directory with Camel's routes loader, the YAML DSL's loader being found in the camel-yaml-dsl
 * bundle. A changed file is reloaded. The directory is the framework property {@value #ROUTES_DIR_PROPERTY}, by
 * default {@code ${karaf.base}/routes}.
 */
public class RoutesDirectoryActivator implements BundleActivator {

    public static final String ROUTES_DIR_PROPERTY = "kopru.karaf.routes.dir";
    public static final String CONTEXT_NAME = "kopru-karaf-test";

    private static final Logger LOG = LoggerFactory.getLogger(RoutesDirectoryActivator.class);

    private final Map<Path, FileTime> loaded = new HashMap<>();
    private OsgiDefaultCamelContext camelContext;
    private ScheduledExecutorService scanner;

    @Override
    public void start(BundleContext bundleContext) throws Exception {
        Path dir = routesDirectory(bundleContext);
        Files.createDirectories(dir);

        camelContext = new OsgiDefaultCamelContext(bundleContext);
        camelContext.getCamelContextExtension().setName(CONTEXT_NAME);
        camelContext.start();
        LOG.info("CamelContext {} (Apache Camel {}) started in bundle {}; loading *.yaml route files from {}",
                camelContext.getName(), camelContext.getVersion(), bundleContext.getBundle().getSymbolicName(), dir);

        scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kopru-routes-directory");
            t.setDaemon(true);
            return t;
        });
        scanner.scheduleWithFixedDelay(() -> scan(dir), 0, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop(BundleContext bundleContext) throws Exception {
        if (scanner != null) {
            scanner.shutdownNow();
            scanner.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (camelContext != null) {
            camelContext.stop();
        }
    }

    private static Path routesDirectory(BundleContext bundleContext) {
        String dir = bundleContext.getProperty(ROUTES_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = Paths.get(bundleContext.getProperty("karaf.base"), "routes").toString();
        }
        return Paths.get(dir).toAbsolutePath();
    }

    private void scan(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.yaml")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", dir, e.toString());
            return;
        }
        files.sort(null);
        for (Path file : files) {
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.equals(loaded.get(file))) {
                    continue;
                }
                loaded.put(file, modified);
                Resource resource = ResourceHelper.resolveMandatoryResource(camelContext, "file:" + file);
                Set<String> routeIds = PluginHelper.getRoutesLoader(camelContext).updateRoutes(resource);
                LOG.info("Loaded route file {} into CamelContext {}: routes {}", file.getFileName(),
                        camelContext.getName(), routeIds);
            } catch (Exception e) {
                LOG.error("Cannot load route file {}", file, e);
            }
        }
    }
}
