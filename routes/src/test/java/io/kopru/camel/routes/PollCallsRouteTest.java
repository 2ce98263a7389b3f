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

import io.kopru.camel.routes.pending.PendingDelivery;
import io.kopru.camel.sandbox.Fault;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One polling round over a few thousand pending deliveries makes the fewest calls each API allows, counted by the
 * sandboxes: iletiMerkezi one get-report per order page of 1000 rows, Mobildev's integrator API one call per id
 * (this class), its classic API one Action 3 query per 25 ids ({@link PollCallsClassicRouteTest}); on PostgreSQL's
 * claims too ({@link PostgresPollCallsRouteTest}).
 */
class PollCallsRouteTest extends RoutesTestSupport {

    static final int SINGLE_ORDERS = 1500;
    static final int LARGE_ORDERS = 2;
    static final int LARGE_ORDER_RECIPIENTS = 1500;
    static final int MOBILDEV_MESSAGES = 2000;

    @Override
    protected void configure(Properties p) {
        p.setProperty("kopru.poll.cron", "0+0+0+1+1+?+2099"); // rounds run by the test alone
        p.setProperty("kopru.poll.batch-size", "10000");
        p.setProperty("camel.component.iletimerkezi.response-timeout", "10000");
        p.setProperty("camel.component.mobildev.response-timeout", "10000");
    }

    /** Whether Mobildev is talked to through its classic XML API. */
    protected boolean classic() {
        return false;
    }

    @Test
    void aRoundOverThousandsOfPendingDeliveriesMakesTheFewestCallsEachApiAllows() throws Exception {
        secondary.setTransactionalRateLimit(1_000_000, java.time.Duration.ofMinutes(1));
        List<String> orders = sendIletimerkeziOrders();
        List<String> mobildevIds = sendMobildevMessages();
        Instant now = Instant.now();
        orders.forEach(id -> store().put(PendingDelivery.tracked("iletimerkezi", id, now)));
        mobildevIds.forEach(id -> store().put(PendingDelivery.tracked("mobildev", id, now)));
        primary.deliverAll();
        secondary.deliverAll();
        int iletimerkeziBefore = primaryServer.requestCount("/v1/get-report/json");
        int mobildevBefore = secondaryServer.requestCount();
        int actionThreeBefore = secondary.classicCalls("3");

        int polled = poller().poll(new DefaultExchange(context));

        assertThat(polled).isEqualTo(orders.size() + mobildevIds.size());
        assertThat(store().size()).as("every delivery read final from its own reports").isZero();
        int pages = (LARGE_ORDER_RECIPIENTS + 999) / 1000;
        assertThat(primaryServer.requestCount("/v1/get-report/json") - iletimerkeziBefore)
                .as("one get-report per order page of up to 1000 rows")
                .isEqualTo(SINGLE_ORDERS + LARGE_ORDERS * pages);
        if (classic()) {
            assertThat(secondary.classicCalls("3") - actionThreeBefore).as("one Action 3 query per 25 ids")
                    .isEqualTo((MOBILDEV_MESSAGES + 24) / 25);
            assertThat(secondaryServer.requestCount() - mobildevBefore).isEqualTo((MOBILDEV_MESSAGES + 24) / 25);
        } else {
            assertThat(secondaryServer.requestCount() - mobildevBefore).as("one integrator call per id")
                    .isEqualTo(MOBILDEV_MESSAGES);
        }
    }

    @Test
    void anOrderWhoseQueryFailsStaysForTheNextRoundWhileTheOthersOfItsListAreRecorded() throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(sendIletimerkezi("fail " + i, List.of("53212345" + (10 + i))));
        }
        Instant now = Instant.now();
        orders.forEach(id -> store().put(PendingDelivery.tracked("iletimerkezi", id, now)));
        primary.deliverAll();
        primaryServer.inject(Fault.STATUS_503, "/v1/get-report", 1);

        assertThat(poller().poll(new DefaultExchange(context))).isEqualTo(3);

        List<PendingDelivery> left = store().due(10);
        assertThat(left).as("the order that met the 503, alone").hasSize(1);
        assertThat(orders).contains(left.get(0).getMessageId());
        assertThat(left.get(0).getLastPolledAt()).isNotNull();
        assertThat(poller().poll(new DefaultExchange(context))).isEqualTo(1);
        assertThat(store().size()).isZero();
    }

    private List<String> sendIletimerkeziOrders() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < SINGLE_ORDERS; i++) {
                int n = i;
                ids.add(pool.submit(() -> sendIletimerkezi("order " + n, List.of(number(n)))));
            }
            for (int o = 0; o < LARGE_ORDERS; o++) {
                List<String> to = new ArrayList<>();
                for (int r = 0; r < LARGE_ORDER_RECIPIENTS; r++) {
                    to.add(number(100_000 * (o + 1) + r));
                }
                int n = o;
                ids.add(pool.submit(() -> sendIletimerkezi("large order " + n, to)));
            }
            List<String> orders = new ArrayList<>();
            for (Future<String> id : ids) {
                orders.add(id.get());
            }
            return orders;
        } finally {
            pool.shutdownNow();
        }
    }

    private String sendIletimerkezi(String text, List<String> to) {
        Exchange e = template.send("iletimerkezi:send-sms", x -> {
            x.getMessage().setBody(text);
            x.getMessage().setHeader(SmsHeaders.TO, to);
        });
        assertThat(e.getException()).isNull();
        return e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
    }

    private List<String> sendMobildevMessages() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < MOBILDEV_MESSAGES; i++) {
                int n = i;
                ids.add(pool.submit(() -> {
                    Exchange e = template.send("mobildev:send", x -> {
                        x.getMessage().setBody("mobildev " + n);
                        x.getMessage().setHeader(SmsHeaders.TO, number(n));
                    });
                    assertThat(e.getException()).isNull();
                    return e.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
                }));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> id : ids) {
                result.add(id.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A distinct Turkish mobile number for each n below 10 million. */
    private static String number(int n) {
        return String.format("532%07d", n);
    }
}
