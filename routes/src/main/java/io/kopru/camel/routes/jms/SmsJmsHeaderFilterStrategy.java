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
