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
package io.kopru.camel.routes;

import io.kopru.camel.routes.outbox.ReportOutbox;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziReportPost;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With kopru.push.iletimerkezi.enabled, the route file delivery-push.yaml receives the reports the iletiMerkezi
 * sandbox posts (to the URL the account registered) and completes the delivery: it is published once, under the id a
 * poll would give, and polled no more.
 */
class PushedReportsRouteTest extends RoutesTestSupport {

    private static final String TOKEN = "push-test-token-6d2f0b9e41a87c35";
    private static final String GET_REPORT = "/v1/get-report/json";
    private int httpPort;

    @Override
    protected void configure(Properties p) {
        try (ServerSocket socket = new ServerSocket(0)) {
            httpPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        p.setProperty("camel.main.routes-include-pattern", "classpath:camel/sms-send.yaml,"
                      + "classpath:camel/provider-status.yaml,classpath:camel/delivery-poll.xml,"
                      + "classpath:camel/delivery-push.yaml");
        p.setProperty("kopru.push.iletimerkezi.enabled", "true");
        p.setProperty("kopru.push.iletimerkezi.token", TOKEN);
        p.setProperty("kopru.push.iletimerkezi.allowed-sources", "127.0.0.1");
        p.setProperty("camel.server.enabled", "true");
        p.setProperty("camel.server.host", "127.0.0.1");
        p.setProperty("camel.server.port", String.valueOf(httpPort));
        // a poll every two seconds: the push, a tick of the sandbox after the delivery, comes well before the next one
        p.setProperty("kopru.poll.cron", "0/2+*+*+*+*+?");
        // the account's panel setting: where iletiMerkezi posts its reports
        primary.account(IletimerkeziSimulator.API_KEY).deliveryReportUrl(url());
        primary.setDeliveryDelay(Duration.ofHours(1));
    }

    private String url() {
        return "http://127.0.0.1:" + httpPort + "/iletimerkezi/delivery-reports/" + TOKEN;
    }

    private List<String> idsOf(String orderId) {
        return reportIds.stream().filter(id -> id.startsWith("iletimerkezi:" + orderId + ":"))
                .collect(Collectors.toList());
    }

    @Test
    void aMessageGetsItsReportByPushIsPolledNoMoreAndIsPublishedOnce() throws Exception {
        template.sendBodyAndHeader("direct:sms", "Siparişiniz yolda", SmsHeaders.TO, "5321234567");
        String orderId = primary.acceptedOrders().get(0).id;
        String delivered = "iletimerkezi:" + orderId + ":+905321234567:DELIVERED";

        // polled at least once while pending, so that the poll could have published what the push does
        await().atMost(20, TimeUnit.SECONDS).until(() -> primaryServer.requestCount(GET_REPORT) > 0);
        // delivered just after a poll round: the push (a sandbox tick later) comes well before the next round, which
        // would otherwise record the change from its get-report
        int before = primaryServer.requestCount(GET_REPORT);
        await().atMost(20, TimeUnit.SECONDS).until(() -> primaryServer.requestCount(GET_REPORT) > before);
        primary.deliverAll();
        await().atMost(20, TimeUnit.SECONDS).until(() -> store().size() == 0);
        int polls = primaryServer.requestCount(GET_REPORT);

        await().atMost(20, TimeUnit.SECONDS).until(() -> reportIds.contains(delivered));
        // three more poll rounds: no get-report for it, nothing published again
        Thread.sleep(6_000);
        assertThat(primaryServer.requestCount(GET_REPORT)).isEqualTo(polls);
        assertThat(idsOf(orderId)).containsOnlyOnce(delivered).doesNotHaveDuplicates();
        DeliveryReport report = reports.get(reportIds.indexOf(delivered));
        assertThat(report.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(report.getMessageId()).isEqualTo(orderId);
        // recorded from the push (iletiMerkezi's word), not from a poll (its code 111)
        assertThat(report.getProviderStatusCode()).isEqualTo("delivered");
        assertThat(primary.pushedReports()).extracting(p -> p.status + " " + p.answer)
                .containsExactly("accepted 200", "delivered 200");
    }

    @Test
    void aRepeatedPushPublishesNothingMore() throws Exception {
        template.sendBodyAndHeader("direct:sms", "Kodunuz 4711", SmsHeaders.TO, "5321234599");
        String orderId = primary.acceptedOrders().get(0).id;
        String undelivered = "iletimerkezi:" + orderId + ":+905321234599:UNDELIVERED";
        primary.deliverAll();
        await().atMost(20, TimeUnit.SECONDS).until(() -> reportIds.contains(undelivered));
        // a poll round may publish the change before the sandbox's tick pushes it: wait for the sandbox's record of
        // its push, written once the post's answer is back
        await().atMost(20, TimeUnit.SECONDS).until(() -> primary.pushedReports().stream()
                .anyMatch(p -> "undelivered".equals(p.status)));
        IletimerkeziReportPost last = primary.pushedReports().stream().filter(p -> "undelivered".equals(p.status))
                .findFirst().orElseThrow();

        // iletiMerkezi posting the same report again, and once more as it was accepted (late)
        HttpClient http = HttpClient.newHttpClient();
        for (String status : new String[] {"undelivered", "accepted"}) {
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(url()))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"report\":{\"id\":" + last.id + ",\"packet_id\":" + orderId + ",\"status\":\"" + status
                            + "\",\"to\":\"" + last.to + "\",\"body\":\"Kodunuz 4711\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(200);
        }
        Thread.sleep(4_500);

        assertThat(idsOf(orderId)).containsOnlyOnce(undelivered).doesNotHaveDuplicates();
        assertThat(context.getRegistry().lookupByNameAndType("reportOutbox", ReportOutbox.class).unpublished())
                .isZero();
    }
}
