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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.spi.Metadata;

/** The headers the mobildev component reads and writes. */
public final class MobildevConstants {

    public static final String PROVIDER = "mobildev";

    @Metadata(label = "send,campaign-send", javaType = "Object",
              description = "In: the recipients, a List<String> or a comma-separated String, for a String body.")
    public static final String TO = SmsHeaders.TO;

    @Metadata(label = "send,campaign-send", javaType = "String",
              description = "In: the originator (sender id); overrides the endpoint's sender option.")
    public static final String SENDER = SmsHeaders.SENDER;

    @Metadata(javaType = "String",
              description = "Out of send and campaign-send: the id Mobildev gave the submission (the first one when it"
                            + " was split). In to status and campaign-status: the id(s) to look up, a String (comma"
                            + " separated for several) or a List; the body is used when the header is absent.")
    public static final String MESSAGE_ID = SmsHeaders.MESSAGE_ID;

    @Metadata(label = "send,campaign-send", javaType = "String", description = "Out: the provider, mobildev.")
    public static final String SMS_PROVIDER = SmsHeaders.PROVIDER;

    @Metadata(label = "send,campaign-send", javaType = "java.util.List<String>",
              description = "Out: every id, in order, when more than 1000 recipients were split into several"
                            + " requests; one id otherwise.")
    public static final String MESSAGE_IDS = SmsHeaders.MESSAGE_IDS;

    @Metadata(label = "send,campaign-send", javaType = "Integer",
              description = "Out: SMS parts per recipient (the longest text's).")
    public static final String SEGMENTS = SmsHeaders.SEGMENTS;

    @Metadata(label = "send,campaign-send", javaType = "Integer",
              description = "Out: how many recipients were submitted (panel groups count as none: Mobildev resolves"
                            + " them).")
    public static final String RECIPIENT_COUNT = SmsHeaders.RECIPIENT_COUNT;

    @Metadata(label = "campaign-send", javaType = "String",
              description = "In: the campaign's name (campaign_name; JSON format only).")
    public static final String CAMPAIGN_NAME = "CamelMobildevCampaignName";

    @Metadata(label = "campaign-send", javaType = "java.util.List<String>",
              description = "In: panel recipient groups (segments) to send the body's text to, instead of numbers;"
                            + " a List or a comma-separated String. JSON format only.")
    public static final String CAMPAIGN_SEGMENTS = "CamelMobildevCampaignSegments";

    @Metadata(label = "send,campaign-send", javaType = "Long",
              description = "Out: X-RateLimit-Limit, the requests the window allows.")
    public static final String RATE_LIMIT_LIMIT = "CamelMobildevRateLimitLimit";

    @Metadata(label = "send,campaign-send", javaType = "Long",
              description = "Out: X-RateLimit-Remaining, the requests left in the window.")
    public static final String RATE_LIMIT_REMAINING = "CamelMobildevRateLimitRemaining";

    @Metadata(label = "send,campaign-send", javaType = "java.time.Instant",
              description = "Out: X-RateLimit-Reset, when the window resets.")
    public static final String RATE_LIMIT_RESET = "CamelMobildevRateLimitReset";

    @Metadata(label = "authorize-url,exchange-code", javaType = "String",
              description = "Out of authorize-url: the state put in the URL, remembered for 10 minutes. In to"
                            + " exchange-code: the state the person came back with (the header state, or the body's"
                            + " callback URL or query string, are read when it is absent).")
    public static final String STATE = "CamelMobildevState";

    @Metadata(label = "exchange-code", javaType = "String",
              description = "In: the authorization code the person came back with (the header code, or the body's"
                            + " callback URL or query string, are read when it is absent). Removed once used.")
    public static final String CODE = "CamelMobildevCode";

    @Metadata(label = "authorize-url,exchange-code,campaign-send,campaign-status", javaType = "String",
              description = "In: which consent (which Mobildev customer) a token belongs to, for integrators that"
                            + " send for several; default 'default'. exchange-code stores the token under the id"
                            + " given to authorize-url, and sets this header to it.")
    public static final String CONSENT_ID = "CamelMobildevConsentId";

    private MobildevConstants() {
    }
}
