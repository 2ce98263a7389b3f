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
package io.kopru.camel.sandbox.junit;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Captures every log line of a whole run at DEBUG, for all loggers, so that a test can prove that no secret (an API
 * key, a hash, a token, a password) ever reaches a log: endpoint URIs, Camel Main's configuration summary, HTTP
 * client logs, error messages and stack traces included. Needs Log4j 2 as the logging backend of the test.
 * <pre>
 * try (LogCapture log = new LogCapture()) {
 *     ... run the routes ...
 *     log.assertContainsNone(apiKey, apiHash);
 * }
 * </pre>
 * Two Camel 4.14 loggers are the exception, and the reason this class can keep loggers at INFO: at DEBUG,
 * {@code org.apache.camel.component.properties.DefaultPropertiesParser} prints the value every property placeholder
 * resolves to, {@code {{env:ILETIMERKEZI_API_KEY}}} included, whatever the key's name, and
 * {@code org.apache.camel.impl.engine.DefaultCamelContextExtension} prints every text it resolved placeholders in,
 * endpoint URIs included, unmasked. No component can mask those; a logging configuration keeps them at INFO (see
 * {@link #CAMEL_PLACEHOLDER_LOGGERS}).
 */
public final class LogCapture implements AutoCloseable {

    /** Camel's placeholder resolvers, which print resolved values at DEBUG. */
    public static final String[] CAMEL_PLACEHOLDER_LOGGERS = {
            "org.apache.camel.component.properties",
            "org.apache.camel.impl.engine.DefaultCamelContextExtension" };

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> quietLoggers;
    private final AbstractAppender appender;
    private final LoggerContext context;
    private final Level before;

    /** Captures every logger at DEBUG. */
    public LogCapture() {
        this(new String[0]);
    }

    /**
     * Captures every logger at DEBUG except the named ones, which stay at INFO, as a production logging
     * configuration would keep them.
     */
    public LogCapture(String... loggersAtInfo) {
        quietLoggers = List.of(loggersAtInfo);
        context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        for (String name : quietLoggers) {
            LoggerConfig quiet = new LoggerConfig(name, Level.INFO, true);
            config.addLogger(name, quiet);
        }
        LoggerConfig root = config.getRootLogger();
        before = root.getLevel();
        appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder sb = new StringBuilder(event.getLoggerName()).append(' ')
                        .append(event.getMessage().getFormattedMessage());
                for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                    sb.append(" | ").append(t);
                }
                lines.add(sb.toString());
            }
        };
        appender.start();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.DEBUG);
        context.updateLoggers();
    }

    public List<String> lines() {
        return lines;
    }

    public String text() {
        return String.join("\n", lines);
    }

    /**
     * Fails, quoting the first offending line, if any captured line holds one of the secrets.
     *
     * @throws AssertionError naming the line; the secret itself is masked in the message
     */
    public void assertContainsNone(String... secrets) {
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException("an empty secret proves nothing");
            }
            for (String line : lines) {
                if (line.contains(secret)) {
                    throw new AssertionError("a secret reached the log: " + line.replace(secret, "<SECRET>"));
                }
            }
        }
    }

    @Override
    public void close() {
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender("capture");
        quietLoggers.forEach(name -> context.getConfiguration().removeLogger(name));
        root.setLevel(before);
        context.updateLoggers();
        appender.stop();
    }
}
