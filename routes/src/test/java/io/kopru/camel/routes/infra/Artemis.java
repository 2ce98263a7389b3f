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

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An Apache ActiveMQ Artemis broker on a free loopback port, persistent (its journal survives {@link #stop()}), with
 * the broker's own redelivery: a rolled-back message comes back after half a second, as often as it takes.
 */
public final class Artemis implements AutoCloseable {

    private final Path directory;
    private final int port;
    private EmbeddedActiveMQ server;

    private Artemis(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static Artemis start() {
        try {
            Artemis broker = new Artemis(Files.createTempDirectory("kopru-artemis"), Postgres.freePort());
            broker.restart();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void restart() {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO);
        config.setJournalDirectory(directory.resolve("journal").toString());
        config.setBindingsDirectory(directory.resolve("bindings").toString());
        config.setLargeMessagesDirectory(directory.resolve("large").toString());
        config.setPagingDirectory(directory.resolve("paging").toString());
        config.setSecurityEnabled(false);
        config.setJMXManagementEnabled(false);
        try {
            config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        config.addAddressSetting("#", new AddressSettings()
                .setRedeliveryDelay(500)
                .setMaxDeliveryAttempts(-1)
                .setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue")));
        server = new EmbeddedActiveMQ();
        server.setConfiguration(config);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Artemis broker", e);
        }
    }

    public synchronized void stop() {
        try {
            if (server != null) {
                server.stop();
                server = null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL a client connects with; it reconnects when the broker comes back. */
    public String url() {
        return url(port);
    }

    public static String url(int port) {
        return "tcp://127.0.0.1:" + port + "?reconnectAttempts=-1&retryInterval=500&retryIntervalMultiplier=1.0"
               // no client-side buffer: a message waits at the broker for whichever consumer is free
               + "&consumerWindowSize=0";
    }

    public ActiveMQConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(url());
    }

    @Override
    public void close() {
        stop();
    }
}
