package io.kopru.camel.routes.jms;

import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsHeaderFilterStrategy;

/**
 * camel-jms's header filter, letting the neutral SMS headers ({@code CamelSms*}: recipients, sender, idempotency
 * key, report id) cross the broker. camel-jms drops every {@code Camel*} header in both directions by default, so
 * without this a message on {@code jms:queue:sms} would arrive without its recipients, and a published report without
 * its {@code CamelSmsReportId}. Set it with
 * {@code camel.component.jms.header-filter-strategy = #kopruJmsHeaderFilterStrategy}.
 */
public class SmsJmsHeaderFilterStrategy extends JmsHeaderFilterStrategy {

    private static final String SMS_HEADERS = "CamelSms";

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !headerName.startsWith(SMS_HEADERS) && super.applyFilterToCamelHeaders(headerName, headerValue, exchange);
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !headerName.startsWith(SMS_HEADERS) && super.applyFilterToExternalHeaders(headerName, headerValue, exchange);
    }
}
