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
package io.kopru.camel.routes.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.kopru.camel.routes.KopruBeans;
import io.kopru.camel.routes.infra.Postgres;
import io.kopru.camel.support.json.ProviderJson;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * One node of the cluster test, a process of its own: the routes library in Camel Main, as a user's bus node runs
 * it, with a pooled DataSource on the shared PostgreSQL and a connection factory on the shared broker. Everything
 * else comes from {@code -D} properties (Camel's system properties override the route files' defaults). Besides the
 * library's routes it calls Brokerage a few times a second (the account's tokens are the cluster's), publishes the
 * reports as JSON, and prints its heap's peak.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        HikariDataSource dataSource = Postgres.dataSource(System.getProperty("kopru.test.jdbc-url"), 12);
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(System.getProperty("kopru.test.broker-url"));
        Main main = new Main();
        main.bind("kopruDataSource", dataSource);
        main.bind("artemis", broker);
        main.configure().addConfiguration(new KopruBeans());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cluster-reports").routeId("cluster-reports")
                        .process(e -> e.getMessage().setBody(ProviderJson.mapper().writeValueAsString(e.getMessage().getBody())))
                        .to("jms:queue:delivery-reports?jmsMessageType=Text");
                from("timer:brokerage?period={{kopru.test.brokerage-period}}").routeId("cluster-brokerage")
                        .to("brokerage:call?path=/orders&httpMethod=GET&baseUrl={{kopru.test.brokerage-url}}"
                            + "&apiKey={{kopru.test.brokerage-api-key}}&secretKey={{kopru.test.brokerage-secret-key}}"
                            + "{{kopru.test.brokerage-options}}");
                from("timer:heap?period=1000").routeId("cluster-heap")
                        .process(e -> e.getMessage().setBody(heapPeakMb()))
                        .log("heap-peak-mb ${body}");
            }
        });
        main.run(args);
    }

    /** The sum of the heap pools' peaks since the start. */
    static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
