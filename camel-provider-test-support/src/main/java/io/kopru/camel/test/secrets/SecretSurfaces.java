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
package io.kopru.camel.test.secrets;

import io.kopru.camel.support.log.MaskingRouteDumpCustomizer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/** The surfaces every component's secrets test reads, collected once as text to search for secret values. */
public final class SecretSurfaces {

    private SecretSurfaces() {
    }

    /** The name and every attribute of every Camel endpoint and component MBean on the platform MBean server. */
    public static String jmxAttributesOfEndpointsAndComponents() throws Exception {
        return jmxAttributes("endpoints", "components");
    }

    /** The name and every attribute of every Camel MBean of these types ({@code consumers}, ...). */
    public static String jmxAttributes(String... types) throws Exception {
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        StringBuilder seen = new StringBuilder();
        for (String type : types) {
            for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:type=" + type + ",*"), null)) {
                seen.append(name).append('\n');
                for (MBeanAttributeInfo attribute : mbeans.getMBeanInfo(name).getAttributes()) {
                    try {
                        seen.append(attribute.getName()).append('=')
                                .append(mbeans.getAttribute(name, attribute.getName())).append('\n');
                    } catch (Exception e) {
                        seen.append(attribute.getName()).append(" unreadable\n");
                    }
                }
            }
        }
        return seen.toString();
    }

    /**
     * The Camel Main properties that put a run's secrets on every surface there is: the routes dumped as YAML with
     * their placeholders resolved (through the support module's {@link MaskingRouteDumpCustomizer}), JMX, and the
     * health checks, the producers' too.
     */
    public static Properties camelMainProperties() {
        Properties props = new Properties();
        props.setProperty("camel.main.dump-routes", "yaml");
        props.setProperty("camel.main.dump-routes-resolve-placeholders", "true");
        props.setProperty("camel.main.configuration-classes", MaskingRouteDumpCustomizer.class.getName());
        props.setProperty("camel.main.jmx-enabled", "true");
        props.setProperty("camel.health.enabled", "true");
        props.setProperty("camel.health.producers-enabled", "true");
        return props;
    }

    /** The routes Camel Main dumped, from the run's log lines. */
    public static String routeDump(List<String> logLines) {
        return String.join("\n", logLines.stream().filter(l -> l.contains("DumpRoutesStrategy")).toList());
    }

    /** The properties Camel Main listed in its startup summary, from the run's log lines. */
    public static String startupSummary(List<String> logLines) {
        return String.join("\n", logLines.stream().filter(l -> l.startsWith("org.apache.camel.main")
                                                                 && l.contains(" = ")).toList());
    }

    /**
     * Id, state, message, details and error of every health check: liveness, readiness, and each producer check
     * called one by one, as a probe would (Camel Main does not enable them all).
     */
    public static String healthCheckDetails(CamelContext context) {
        List<HealthCheck.Result> results = new ArrayList<>(HealthCheckHelper.invoke(context));
        results.addAll(HealthCheckHelper.invokeReadiness(context));
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                HealthCheckRepository.class);
        if (producers != null) {
            producers.stream().map(HealthCheck::call).forEach(results::add);
        }
        StringBuilder seen = new StringBuilder();
        for (HealthCheck.Result result : results) {
            seen.append(result.getCheck().getId()).append(' ').append(result.getState()).append(' ')
                    .append(result.getMessage().orElse("")).append(' ').append(result.getDetails()).append(' ')
                    .append(result.getError().map(Throwable::toString).orElse("")).append('\n');
        }
        return seen.toString();
    }

    /** Each failure in the failed exchanges' exception chains, as toString() and getMessage(). */
    public static String errors(Collection<Exchange> failed) {
        StringBuilder seen = new StringBuilder();
        for (Exchange exchange : failed) {
            for (Throwable e = exchange.getException(); e != null; e = e.getCause()) {
                seen.append(e).append(' ').append(e.getMessage()).append('\n');
            }
        }
        return seen.toString();
    }

    /**
     * Every endpoint's toString(), followed by that of its configuration where {@code configurationOf} gives one
     * (null for another component's endpoint).
     */
    public static String endpoints(CamelContext context, Function<Endpoint, Object> configurationOf) {
        StringBuilder seen = new StringBuilder();
        for (Endpoint endpoint : context.getEndpoints()) {
            seen.append(endpoint).append('\n');
            Object configuration = configurationOf.apply(endpoint);
            if (configuration != null) {
                seen.append(configuration).append('\n');
            }
        }
        return seen.toString();
    }
}
