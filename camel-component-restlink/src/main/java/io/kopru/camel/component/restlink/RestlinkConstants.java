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
package io.kopru.camel.component.restlink;

import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.spi.Metadata;

/** The headers the restlink component reads and writes. */
public final class RestlinkConstants {

    public static final String PROVIDER = "restlink";

    @Metadata(label = "send", javaType = "Object",
              description = "In: the recipients, a List<String> or a comma-separated String, for a String body."
                            + " Numbers without a country code are read as Turkish.")
    public static final String TO = SmsHeaders.TO;

    @Metadata(label = "send", javaType = "String",
              description = "In: the sender_id; overrides the endpoint's sender option.")
    public static final String SENDER = SmsHeaders.SENDER;

    @Metadata(label = "send", javaType = "String", description = "Out: the message id Restlink returned.")
    public static final String MESSAGE_ID = SmsHeaders.MESSAGE_ID;

    @Metadata(label = "send", javaType = "String", description = "Out: the provider, restlink.")
    public static final String SMS_PROVIDER = SmsHeaders.PROVIDER;

    @Metadata(label = "send", javaType = "java.util.List<String>",
              description = "Out: every message id, in order; Restlink answers a send with one id.")
    public static final String MESSAGE_IDS = SmsHeaders.MESSAGE_IDS;

    @Metadata(label = "send", javaType = "Integer", description = "Out: SMS parts per recipient.")
    public static final String SEGMENTS = SmsHeaders.SEGMENTS;

    @Metadata(label = "send", javaType = "Integer", description = "Out: how many recipients the message went to.")
    public static final String RECIPIENT_COUNT = SmsHeaders.RECIPIENT_COUNT;

    @Metadata(label = "stats", javaType = "String",
              description = "In: the statistics period (1d, 7d, 30d, 90d); overrides the endpoint's period option.")
    public static final String PERIOD = "CamelRestlinkPeriod";

    @Metadata(label = "login", javaType = "java.time.Instant",
              description = "Out: when the JWT expires, read from its exp claim; absent when the token does not say.")
    public static final String TOKEN_EXPIRES_AT = "CamelRestlinkTokenExpiresAt";

    private RestlinkConstants() {
    }
}
