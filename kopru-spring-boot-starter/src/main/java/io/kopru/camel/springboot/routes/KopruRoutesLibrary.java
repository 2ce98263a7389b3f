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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the starter knows about the routes library, in one place: the class that binds its beans, its route
 * files, which {@code kopru.*} switch loads which file, and the defaults of the properties the files refer to. When
 * the library moves or renames a file, this class is the one to change.
 */
public final class KopruRoutesLibrary {

    /**
     * Binds the beans the route files use (stores, tracker, poller, reconciler; with {@code kopru.store=postgresql}
     * the shared rate limiters, token store and used sign tokens, after the Flyway migrations) from kopru.* properties.
     */
    public static final String BEANS_CLASS = "io.kopru.camel.routes.KopruBeans";

    /** SMS send with failover, and the per-provider status and reconcile routes it needs. */
    public static final List<String> SMS_ROUTES = List.of("classpath:camel/sms-send.yaml",
            "classpath:camel/provider-status.yaml");
    /**
     * The scheduled delivery-status poll (and reconciliation of parked sends), which publishes the report outbox
     * through its route {@code direct:kopru-publish-reports}.
     */
    public static final List<String> POLL_ROUTES = List.of("classpath:camel/delivery-poll.xml");
    /** Logs the reports of the default reports endpoint, seda:delivery-reports. */
    public static final List<String> REPORT_LOG_ROUTES = List.of("classpath:camel/delivery-reports.yaml");
    /** The delivery reports iletiMerkezi pushes, recorded like a poll's (needs the poll routes and an HTTP engine). */
    public static final List<String> PUSH_ROUTES = List.of("classpath:camel/delivery-push.yaml");
    /** A fresh Signaport sign token per signing request. */
    public static final List<String> SIGN_ROUTES = List.of("classpath:camel/signaport-sign.yaml");

    /**
     * Keeps the library's route files out of Camel's own route scan ({@code camel.main.routes-include-pattern} is
     * {@code classpath:camel/*} by default, where the library keeps them), so that only the switched-on ones are
     * loaded, once, and the demo batch never. Camel matches it against each file's location, which names the jar
     * ({@code file:/.../routes-0.1.0.jar!/camel/demo.yaml}, or nested in a Spring Boot jar), so an application's own
     * {@code camel/*} files are still scanned.
     */
    public static final String ROUTE_SCAN_EXCLUDE = "**/routes-*.jar!/camel/*";

    /** A file every version of the library ships, to find where the library is on the class path. */
    public static final String MARKER_FILE = "camel/sms-send.yaml";

    private KopruRoutesLibrary() {
    }

    /**
     * The library's defaults of the {@code kopru.*} properties its route files read as placeholders (the beans have
     * their own defaults in {@code KopruBeans}; the ones listed here too are the same). The library's
     * {@code application.properties}, which holds them for Camel Main, is not read by a Spring Boot application
     * (see {@code KopruDefaultProperties}).
     */
    public static Map<String, Object> defaultProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kopru.sms.entry", "direct:sms");
        p.put("kopru.sms.primary", "iletimerkezi:send-sms");
        p.put("kopru.sms.secondary", "mobildev:send");
        p.put("kopru.sms.dead-letter", "");
        p.put("kopru.poll.cron", "0/5+*+*+*+*+?");
        p.put("kopru.reports.endpoint", "seda:delivery-reports");
        p.put("kopru.reports.batch-size", "500");
        p.put("kopru.store", "memory");
        p.put("kopru.push.iletimerkezi.enabled", "false");
        p.put("kopru.push.iletimerkezi.path", "/iletimerkezi/delivery-reports");
        p.put("kopru.push.iletimerkezi.token", "");
        p.put("kopru.push.iletimerkezi.allowed-sources", "");
        p.put("kopru.sign.entry", "direct:sign");
        p.put("kopru.sign.signature-type", "MEDULA");
        p.put("kopru.sign.target", "direct:kopru-sign-target");
        return p;
    }
}
