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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.kopru.camel.routes.KopruBeans;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.apache.camel.main.SimpleMain;
import org.apache.camel.spi.ComponentResolver;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes in Apache Karaf (feature {@code kopru-routes}): the same route files, beans and
 * {@code application.properties} as the Camel Main application, run by Camel Main's {@link SimpleMain} over a
 * camel-karaf {@link OsgiDefaultCamelContext} (so the components are found in their bundles), configured by the
 * Config Admin configuration {@value #PID} ({@code etc/io.kopru.camel.routes.cfg}), whose entries override
 * {@code application.properties}.
 * <p>
 * Nothing starts until that configuration exists (the routes need credentials); every change of it restarts the
 * CamelContext with the new values, and deleting it stops the routes. Unless the configuration sets
 * {@code camel.main.routes-include-pattern} itself, the route files are those under {@code camel/} in this bundle.
 * Outside OSGi this class is never loaded (the demo module's {@code KopruDemo}, or the user's own Camel Main, is the entry point there).
 */
public class KopruRoutesActivator implements BundleActivator, ManagedService {

    /** The Config Admin PID: {@code etc/io.kopru.camel.routes.cfg} in Karaf. */
    public static final String PID = "io.kopru.camel.routes";
    /** Where the route files are inside this bundle. */
    public static final String ROUTES_FOLDER = "camel";
    static final String ROUTES_INCLUDE_PATTERN = "camel.main.routes-include-pattern";
    /** Entries Config Admin and Karaf's file install add to every configuration, which are not properties. */
    private static final Set<String> FRAMEWORK_KEYS = Set.of(Constants.SERVICE_PID, "service.factoryPid",
            "service.bundleLocation", "felix.fileinstall.filename");

    private static final Logger LOG = LoggerFactory.getLogger(KopruRoutesActivator.class);

    private static final String COMPONENT_OPTION_PREFIX = "camel.component.";
    private static final Duration COMPONENT_WAIT = Duration.ofSeconds(30);

    private BundleContext bundleContext;
    private ExecutorService lifecycle;
    private ServiceRegistration<ManagedService> registration;
    /** Only touched by the lifecycle thread. */
    private SimpleMain running;

    @Override
    public void start(BundleContext context) {
        this.bundleContext = context;
        // Config Admin calls updated() on its own thread and must not wait for a CamelContext to start
        lifecycle = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "kopru-routes-lifecycle");
            thread.setDaemon(true);
            return thread;
        });
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_PID, PID);
        registration = context.registerService(ManagedService.class, this, properties);
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        lifecycle.execute(this::stopRoutes);
        lifecycle.shutdown();
        if (!lifecycle.awaitTermination(60, TimeUnit.SECONDS)) {
            LOG.warn("The Kopru routes did not stop within 60 seconds");
            lifecycle.shutdownNow();
        }
    }

    @Override
    public void updated(Dictionary<String, ?> configuration) {
        Properties properties = configuration == null ? null : toProperties(configuration);
        lifecycle.execute(() -> {
            stopRoutes();
            if (properties == null) {
                LOG.info("Kopru routes: waiting for the configuration {} (etc/{}.cfg) before starting", PID, PID);
            } else {
                startRoutes(properties);
            }
        });
    }

    private void startRoutes(Properties overrides) {
        OsgiDefaultCamelContext camelContext = null;
        try {
            if (!overrides.containsKey(ROUTES_INCLUDE_PATTERN)) {
                overrides.setProperty(ROUTES_INCLUDE_PATTERN, String.join(",", bundledRouteFiles(bundleContext.getBundle())));
            }
            awaitComponents(overrides);
            camelContext = new OsgiDefaultCamelContext(bundleContext);
            SimpleMain main = new SimpleMain(camelContext);
            main.configure().addConfiguration(new KopruBeans());
            main.setOverrideProperties(overrides);
            main.start();
            running = main;
            LOG.info("Kopru routes started in CamelContext {} (Apache Camel {}), routes {}", camelContext.getName(),
                    camelContext.getVersion(), camelContext.getRoutes().stream().map(r -> r.getRouteId()).toList());
        } catch (Exception | LinkageError e) {
            LOG.error("Kopru routes: cannot start with the configuration {}; fix it and save it again", PID, e);
            if (camelContext != null) {
                try {
                    camelContext.stop();
                } catch (Exception stopFailure) {
                    LOG.debug("Stopping the failed CamelContext", stopFailure);
                }
            }
        }
    }

    /**
     * Waits (a bounded time) until camel-core-osgi has registered the resolver of every component the configuration
     * sets options of ({@code camel.component.<name>.*}): the configuration may exist before the component bundles
     * of a feature install have started, and Camel Main fails on an option of a component it cannot find.
     */
    private void awaitComponents(Properties configuration) throws InterruptedException {
        Set<String> names = new TreeSet<>();
        for (String key : configuration.stringPropertyNames()) {
            if (key.startsWith(COMPONENT_OPTION_PREFIX) && key.indexOf('.', COMPONENT_OPTION_PREFIX.length()) > 0) {
                names.add(key.substring(COMPONENT_OPTION_PREFIX.length(), key.indexOf('.', COMPONENT_OPTION_PREFIX.length())));
            }
        }
        long deadline = System.nanoTime() + COMPONENT_WAIT.toNanos();
        for (String name : names) {
            while (!componentRegistered(name)) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Kopru routes: no bundle has registered the component {} within {}; starting anyway",
                            name, COMPONENT_WAIT);
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    private boolean componentRegistered(String name) {
        try {
            return bundleContext.getServiceReferences(ComponentResolver.class.getName(), "(component=" + name + ")") != null;
        } catch (InvalidSyntaxException e) {
            return true; // a name no filter can hold: let Camel Main report it
        }
    }

    private void stopRoutes() {
        if (running == null) {
            return;
        }
        try {
            running.stop();
            LOG.info("Kopru routes stopped");
        } catch (Exception e) {
            LOG.warn("Kopru routes: error while stopping", e);
        } finally {
            running = null;
        }
    }

    /**
     * The route files inside this bundle, one {@code classpath:} location each: Camel's wildcard scan of
     * {@code classpath:camel/*.yaml} reads jar files and directories, not OSGi bundle entries, whereas a single
     * {@code classpath:} resource is loaded through the bundle (camel-core-osgi's class resolver).
     */
    static List<String> bundledRouteFiles(Bundle bundle) {
        List<String> files = new ArrayList<>();
        for (String pattern : List.of("*.yaml", "*.xml")) {
            Enumeration<java.net.URL> entries = bundle.findEntries(ROUTES_FOLDER, pattern, false);
            if (entries != null) {
                for (java.net.URL entry : Collections.list(entries)) {
                    String path = entry.getPath();
                    files.add("classpath:" + ROUTES_FOLDER + "/" + path.substring(path.lastIndexOf('/') + 1));
                }
            }
        }
        Collections.sort(files);
        if (files.isEmpty()) {
            throw new IllegalStateException("no route files under " + ROUTES_FOLDER + "/ in bundle " + bundle.getSymbolicName());
        }
        return files;
    }

    /** The configuration as Camel properties, without the entries Config Admin adds; values as strings. */
    static Properties toProperties(Dictionary<String, ?> configuration) {
        Properties properties = new Properties();
        for (Enumeration<String> keys = configuration.keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            Object value = configuration.get(key);
            if (!FRAMEWORK_KEYS.contains(key) && value != null) {
                properties.setProperty(key, String.valueOf(value));
            }
        }
        return properties;
    }
}
