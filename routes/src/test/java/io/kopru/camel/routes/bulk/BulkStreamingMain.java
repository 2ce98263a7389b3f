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
package io.kopru.camel.routes.bulk;

import io.kopru.camel.routes.KopruBeans;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the bulk route over a recipient file in a JVM of its own (started by {@link BulkStreamingTest} with a heap
 * smaller than the file), the batches going to a counter instead of a provider; prints what it counted.
 */
public final class BulkStreamingMain {

    public static void main(String[] args) throws Exception {
        File list = new File(args[0]);
        AtomicLong recipients = new AtomicLong();
        AtomicLong batches = new AtomicLong();
        AtomicInteger largest = new AtomicInteger();
        Set<String> texts = ConcurrentHashMap.newKeySet();
        Properties p = new Properties();
        p.setProperty("camel.main.routes-include-pattern", "classpath:camel/sms-bulk.yaml");
        p.setProperty("kopru.bulk.send", "direct:count");
        Main main = new Main();
        main.setOverrideProperties(p);
        main.configure().addConfiguration(new KopruBeans());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:count").process(e -> {
                    SmsMessage m = e.getMessage().getBody(SmsMessage.class);
                    recipients.addAndGet(m.getTo().size());
                    batches.incrementAndGet();
                    largest.accumulateAndGet(m.getTo().size(), Math::max);
                    texts.add(m.getText());
                });
            }
        });
        main.start();
        Exchange done = main.getCamelContext().createProducerTemplate().send("direct:sms-bulk", e -> {
            e.getMessage().setBody(list);
            e.getMessage().setHeader(BulkBatcher.TEXT, "streamed");
        });
        main.stop();
        if (done.getException() != null) {
            done.getException().printStackTrace();
            System.exit(2);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("recipients=" + recipients + " batches=" + batches + " largest=" + largest
                           + " texts=" + texts.size() + " heapMax=" + Runtime.getRuntime().maxMemory() + " heapPeak=" + peak);
    }
}
