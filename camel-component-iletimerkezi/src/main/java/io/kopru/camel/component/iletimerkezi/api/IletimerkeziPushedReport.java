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
package io.kopru.camel.component.iletimerkezi.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.support.error.ProviderInvalidRequestException;
import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.webhook.WebhookJson;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A delivery report iletiMerkezi posted to the account's registered URL:
 * {@code {"report":{"id":..,"packet_id":..,"status":"accepted|delivered|undelivered","to":"..","body":".."}}}, with
 * {@code id} the message and {@code packet_id} its order (the id send-sms returned). Read strictly: both ids positive
 * integers (numbers, or digit strings as other iletiMerkezi answers write them), one of the three statuses, and a
 * phone number in {@code to}; fields the documents do not name are ignored. The {@code body} (the message's text, which
 * may hold a one-time code) is not kept.
 */
public final class IletimerkeziPushedReport {

    /** A positive integer that fits a long. */
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,18}");

    private final String orderId;
    private final String pushedStatus;
    private final DeliveryReport report;

    private IletimerkeziPushedReport(String orderId, String pushedStatus, DeliveryReport report) {
        this.orderId = orderId;
        this.pushedStatus = pushedStatus;
        this.report = report;
    }

    /**
     * @param body       the post's body
     * @param receivedAt when it arrived: the report's time (the post carries none)
     * @throws ProviderInvalidRequestException (HTTP status 400) when it is not such a report; its message holds
     *                                         nothing of the body
     */
    public static IletimerkeziPushedReport parse(byte[] body, Instant receivedAt) {
        JsonNode tree = WebhookJson.read(IletimerkeziErrors.PROVIDER, body);
        JsonNode report = tree.path("report");
        if (!report.isObject()) {
            throw malformed("not {\"report\":{...}}");
        }
        String id = id(report.path("id"), "id");
        String orderId = id(report.path("packet_id"), "packet_id");
        JsonNode statusNode = report.path("status");
        String status = statusNode.isTextual() ? statusNode.asText().toLowerCase(Locale.ROOT) : "";
        DeliveryStatus deliveryStatus = status(status);
        JsonNode to = report.path("to");
        String raw = to.isTextual() || to.isIntegralNumber() ? to.asText() : null;
        if (raw == null || raw.length() > 32 || PhoneNumbers.check(raw, PhoneNumbers.Scope.ANY_MOBILE) != null) {
            throw malformed("without a mobile number in to");
        }
        String recipient = PhoneNumbers.format(raw, PhoneNumbers.Style.E164);
        return new IletimerkeziPushedReport(orderId, status,
                new DeliveryReport(IletimerkeziErrors.PROVIDER, id, recipient, deliveryStatus, status, receivedAt));
    }

    private static String id(JsonNode node, String field) {
        String text = node.isIntegralNumber() || node.isTextual() ? node.asText() : "";
        if (!DIGITS.matcher(text).matches()) {
            throw malformed("without a positive integer " + field);
        }
        return text;
    }

    private static DeliveryStatus status(String status) {
        switch (status) {
            case "accepted":
                return DeliveryStatus.PENDING;
            case "delivered":
                return DeliveryStatus.DELIVERED;
            case "undelivered":
                return DeliveryStatus.UNDELIVERED;
            default:
                throw malformed("without a status of accepted, delivered or undelivered");
        }
    }

    private static ProviderInvalidRequestException malformed(String why) {
        return WebhookJson.malformed(IletimerkeziErrors.PROVIDER, why);
    }

    /** The order the message belongs to ({@code packet_id}): the id send-sms returned. */
    public String getOrderId() {
        return orderId;
    }

    /** The status as pushed: accepted, delivered or undelivered. */
    public String getPushedStatus() {
        return pushedStatus;
    }

    /**
     * The report: message id {@code id}, the recipient in E.164, the status (accepted as {@code PENDING}), the pushed
     * status as the provider's code, and the time it arrived.
     */
    public DeliveryReport getReport() {
        return report;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IletimerkeziPushedReport && orderId.equals(((IletimerkeziPushedReport) o).orderId)
               && report.equals(((IletimerkeziPushedReport) o).report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, report);
    }

    @Override
    public String toString() {
        return "IletimerkeziPushedReport[order=" + orderId + ", " + report + "]";
    }
}
