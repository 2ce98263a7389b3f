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
package io.kopru.camel.springboot.app;

import io.kopru.camel.support.sms.DeliveryReport;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A user's application: nothing Kopru-specific but its properties, and a route that collects delivery reports. */
@SpringBootApplication
public class KopruTestApplication {

    @Bean
    public List<DeliveryReport> receivedReports() {
        return new CopyOnWriteArrayList<>();
    }

    @Bean
    public RouteBuilder testRoutes(List<DeliveryReport> receivedReports) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:test-reports").process(e -> receivedReports.add(e.getMessage().getBody(DeliveryReport.class)));
                from("direct:balance").to("iletimerkezi:get-balance");
            }
        };
    }
}
