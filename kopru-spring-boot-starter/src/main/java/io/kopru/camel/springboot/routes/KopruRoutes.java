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
package io.kopru.camel.springboot.routes;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the route files of the routes library that {@code kopru.*} switches turn on, with the library's beans,
 * before the CamelContext starts:
 * <ul>
 * <li>{@code kopru.sms.enabled} (false): SMS send with failover; with it, {@code kopru.poll.enabled} (true) the
 * delivery-status poll, and with that {@code kopru.push.iletimerkezi.enabled} (false) the delivery reports iletiMerkezi
 * pushes;</li>
 * <li>{@code kopru.reports.log-enabled} (true): logs the reports when they go to the default seda:delivery-reports;</li>
 * <li>{@code kopru.sign.enabled} (false): a fresh Signaport sign token per signing request.</li>
 * </ul>
 */
public class KopruRoutes implements CamelContextConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KopruRoutes.class);

    private final Environment environment;

    public KopruRoutes(Environment environment) {
        this.environment = environment;
    }

    /** The route files the properties switch on, in loading order. */
    List<String> enabledRouteFiles() {
        List<String> files = new ArrayList<>();
        boolean sms = flag("kopru.sms.enabled", false);
        if (sms) {
            files.addAll(KopruRoutesLibrary.SMS_ROUTES);
            if (flag("kopru.poll.enabled", true)) {
                files.addAll(KopruRoutesLibrary.POLL_ROUTES);
                if (flag("kopru.push.iletimerkezi.enabled", false)) {
                    files.addAll(KopruRoutesLibrary.PUSH_ROUTES);
                }
            }
            if (flag("kopru.reports.log-enabled", true)
                && "seda:delivery-reports".equals(environment.getProperty("kopru.reports.endpoint"))) {
                files.addAll(KopruRoutesLibrary.REPORT_LOG_ROUTES);
            }
        }
        if (flag("kopru.sign.enabled", false)) {
            files.addAll(KopruRoutesLibrary.SIGN_ROUTES);
        }
        return files;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        List<String> files = enabledRouteFiles();
        if (files.isEmpty()) {
            return;
        }
        if (flag("kopru.sms.enabled", false)) {
            try {
                beans().configure(camelContext);
            } catch (Exception e) {
                throw new IllegalStateException("cannot bind the Kopru routes' beans: " + e.getMessage(), e);
            }
        }
        for (String file : files) {
            load(camelContext, file);
        }
    }

    private static void load(CamelContext camelContext, String file) {
        Resource resource;
        try {
            resource = PluginHelper.getResourceLoader(camelContext).resolveResource(file);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the Kopru route file " + file + ": " + e.getMessage(), e);
        }
        if (resource == null || !resource.exists()) {
            throw new IllegalStateException("the routes library has no " + file
                                            + " (is the routes artifact on the class path?)");
        }
        try {
            PluginHelper.getRoutesLoader(camelContext).loadRoutes(resource);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the Kopru route file " + file + ": " + e.getMessage(), e);
        }
        LOG.info("Kopru routes: loaded {}", file);
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
    }

    private static CamelConfiguration beans() {
        try {
            return (CamelConfiguration) ObjectHelper.loadClass(KopruRoutesLibrary.BEANS_CLASS,
                    KopruRoutes.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot create " + KopruRoutesLibrary.BEANS_CLASS, e);
        }
    }

    private boolean flag(String key, boolean defaultValue) {
        return environment.getProperty(key, Boolean.class, defaultValue);
    }
}
