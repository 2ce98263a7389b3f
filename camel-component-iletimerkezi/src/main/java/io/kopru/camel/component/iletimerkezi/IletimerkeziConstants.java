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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.spi.Metadata;

/** The headers the iletiMerkezi component reads and writes. */
public final class IletimerkeziConstants {

    public static final String PROVIDER = "iletimerkezi";

    @Metadata(label = "send-sms", javaType = "Object",
              description = "In: the recipients, a List<String> or a comma-separated String, for a String body.")
    public static final String TO = SmsHeaders.TO;

    @Metadata(label = "send-sms", javaType = "String",
              description = "In: the sender id; overrides the endpoint's sender option.")
    public static final String SENDER = SmsHeaders.SENDER;

    @Metadata(javaType = "String",
              description = "Out of send-sms: the order id. In to get-report and cancel-order: the order id (the body"
                            + " is used when the header is absent).")
    public static final String MESSAGE_ID = SmsHeaders.MESSAGE_ID;

    @Metadata(label = "send-sms,delivery-reports", javaType = "String", description = "Out: the provider, iletimerkezi.")
    public static final String SMS_PROVIDER = SmsHeaders.PROVIDER;

    @Metadata(label = "send-sms", javaType = "java.util.List<String>",
              description = "Out: every order id, in order; iletiMerkezi takes a whole send as one order, so one id.")
    public static final String MESSAGE_IDS = SmsHeaders.MESSAGE_IDS;

    @Metadata(label = "send-sms", javaType = "Integer",
              description = "Out: SMS parts per recipient (the longest text's, for an order of several texts).")
    public static final String SEGMENTS = SmsHeaders.SEGMENTS;

    @Metadata(label = "send-sms", javaType = "Integer", description = "Out: how many recipients the order has.")
    public static final String RECIPIENT_COUNT = SmsHeaders.RECIPIENT_COUNT;

    @Metadata(label = "get-report", javaType = "Integer",
              description = "Out: the order's status: 113 sending, 114 finished, 115 not sent (cancelled).")
    public static final String ORDER_STATUS = "CamelIletimerkeziOrderStatus";

    @Metadata(label = "get-reports,get-blacklist", javaType = "java.time.LocalDate or String",
              description = "In: the first day (get-reports) or instant (get-blacklist) of the range, in Turkish"
                            + " time; a LocalDate, a LocalDateTime, or text in the API's format. get-reports spans"
                            + " at most 10 days.")
    public static final String START_DATE = "CamelIletimerkeziStartDate";

    @Metadata(label = "get-reports,get-blacklist", javaType = "java.time.LocalDate or String",
              description = "In: the last day (get-reports) or instant (get-blacklist) of the range.")
    public static final String END_DATE = "CamelIletimerkeziEndDate";

    @Metadata(label = "get-balance", javaType = "Long", description = "Out: the SMS credits left.")
    public static final String BALANCE_SMS = "CamelIletimerkeziBalanceSms";

    @Metadata(label = "delivery-reports", javaType = "String",
              description = "Out: the order (packet_id of the pushed report) the reported message belongs to; the id"
                            + " send-sms returned and get-report takes.")
    public static final String ORDER_ID = "CamelIletimerkeziOrderId";

    @Metadata(label = "delivery-reports", javaType = "String",
              description = "Out: the status as iletiMerkezi pushed it: accepted, delivered or undelivered.")
    public static final String REPORT_STATUS = "CamelIletimerkeziReportStatus";

    private IletimerkeziConstants() {
    }
}
