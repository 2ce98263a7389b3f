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
package io.kopru.camel.routes.infra;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Plain JMS over a broker: what a test sends to and reads from its queues, outside Camel. */
public final class JmsQueues {

    private JmsQueues() {
    }

    public static void send(ConnectionFactory factory, String queue, String text, Map<String, String> properties) {
        try (Connection c = factory.createConnection(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage m = s.createTextMessage(text);
            for (Map.Entry<String, String> p : properties.entrySet()) {
                m.setStringProperty(p.getKey(), p.getValue());
            }
            s.createProducer(s.createQueue(queue)).send(m);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int depth(ConnectionFactory factory, String queue) {
        try (Connection c = factory.createConnection(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            c.start();
            QueueBrowser browser = s.createBrowser(s.createQueue(queue));
            return Collections.list(browser.getEnumeration()).size();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes every message now on the queue (waiting up to {@code waitMillis} for each next one). */
    public static <T> List<T> drain(ConnectionFactory factory, String queue, long waitMillis, Function<Message, T> read) {
        List<T> taken = new ArrayList<>();
        try (Connection c = factory.createConnection(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            c.start();
            MessageConsumer consumer = s.createConsumer(s.createQueue(queue));
            for (Message m = consumer.receive(waitMillis); m != null; m = consumer.receive(waitMillis)) {
                taken.add(read.apply(m));
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        return taken;
    }

    public static String property(Message m, String name) {
        try {
            return m.getStringProperty(name);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Message m) {
        try {
            return ((TextMessage) m).getText();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
