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
