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

import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.SmsMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.apache.camel.InvalidPayloadException;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a recipient list as a stream and packs it into batches of one text each, as large as the provider takes.
 * One recipient a line: the number, optionally a tab and the text for that number; lines without a text get the
 * campaign's text ({@link #TEXT} header, else {@code kopru.bulk.text}). Blank lines are skipped; a line whose number is
 * not a valid mobile number, or that has no text at all, is left out and counted (by line number, never the number).
 * <p>
 * Only the open batches are in memory: at most {@code maxOpenTexts} texts are collected at once, each up to
 * {@code batchSize} numbers; a batch leaves when it is full, or, when a further text arrives, the batch opened first.
 * The same source read again gives the same batches under the same keys.
 */
public final class BulkBatcher {

    /** Header: the text of lines that carry none. */
    public static final String TEXT = "KopruBulkText";
    /** Header: names the source in the batches' keys; default the file name with its length and modification time. */
    public static final String SOURCE_ID = "KopruBulkId";
    /** Exchange property of the source's exchange: its {@link BulkLines}, complete once the source was read whole. */
    public static final String LINES = "KopruBulkLines";
    /** Between a number and its own text. */
    public static final char SEPARATOR = '\t';

    private int batchSize = 1000;
    private int maxOpenTexts = 100;
    private String defaultText = "";
    private PhoneNumbers.Scope scope = PhoneNumbers.Scope.ANY_MOBILE;

    /** The batches of the exchange's body (a file, a stream, a reader or a String), read lazily. */
    @Handler
    public Iterator<BulkBatch> batches(Exchange exchange) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        Reader reader = body instanceof Reader ? (Reader) body
                : new InputStreamReader(exchange.getMessage().getMandatoryBody(InputStream.class), StandardCharsets.UTF_8);
        String text = exchange.getMessage().getHeader(TEXT, defaultText, String.class);
        BulkLines lines = new BulkLines();
        exchange.setProperty(LINES, lines);
        return new Batches(new BufferedReader(reader, 64 * 1024), sourceId(exchange), text, lines);
    }

    private static String sourceId(Exchange exchange) {
        String id = exchange.getMessage().getHeader(SOURCE_ID, String.class);
        if (id != null && !id.isBlank()) {
            return id;
        }
        String file = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        if (file != null) {
            return file + "@" + exchange.getMessage().getHeader(Exchange.FILE_LENGTH, "", String.class) + "@"
                   + exchange.getMessage().getHeader(Exchange.FILE_LAST_MODIFIED, "", String.class);
        }
        // a source without a name cannot be recognised when it comes again: its batches are new each time
        return exchange.getExchangeId();
    }

    private final class Batches implements Iterator<BulkBatch>, Closeable {
        private final BufferedReader reader;
        private final String source;
        private final String campaignText;
        private final BulkLines lines;
        /** text -> its open batch, in the order they were opened */
        private final Map<String, Open> open = new LinkedHashMap<>();
        private final Deque<BulkBatch> ready = new ArrayDeque<>();
        private long lineNumber;
        private long ordinal;
        private boolean eof;

        Batches(BufferedReader reader, String source, String campaignText, BulkLines lines) {
            this.reader = reader;
            this.source = source;
            this.campaignText = campaignText;
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !eof) {
                readLine();
            }
            return !ready.isEmpty();
        }

        @Override
        public BulkBatch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.pollFirst();
        }

        private void readLine() {
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("reading the recipient list of " + source + " at line "
                                               + (lineNumber + 1), e);
            }
            if (line == null) {
                eof = true;
                open.values().forEach(o -> ready.addLast(o.close()));
                open.clear();
                lines.finish(lineNumber);
                close();
                return;
            }
            lineNumber++;
            int tab = line.indexOf(SEPARATOR);
            String number = (tab < 0 ? line : line.substring(0, tab)).strip();
            String text = tab < 0 ? campaignText : line.substring(tab + 1);
            if (number.isEmpty() && tab < 0) {
                return;
            }
            if (text == null || text.isBlank()) {
                lines.reject(lineNumber, "no text");
                return;
            }
            if (PhoneNumbers.check(number, scope) != null) {
                lines.reject(lineNumber, "not a valid mobile number");
                return;
            }
            Open batch = open.get(text);
            if (batch == null) {
                if (open.size() >= maxOpenTexts) {
                    // the batch opened first leaves, so memory stays bounded however many texts the list has
                    Iterator<Open> first = open.values().iterator();
                    ready.addLast(first.next().close());
                    first.remove();
                }
                batch = new Open(text, lineNumber);
                open.put(text, batch);
            }
            batch.numbers.add(number);
            lines.accept();
            if (batch.numbers.size() >= batchSize) {
                ready.addLast(batch.close());
                open.remove(text);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing more is read from it
            }
        }

        private final class Open {
            final String text;
            final long firstLine;
            final List<String> numbers = new ArrayList<>();

            Open(String text, long firstLine) {
                this.text = text;
                this.firstLine = firstLine;
            }

            BulkBatch close() {
                SmsMessage message = SmsMessage.builder().text(text).to(numbers).build();
                return new BulkBatch("bulk:" + source + ":" + (++ordinal), message, firstLine);
            }
        }
    }

    /** Recipients per batch: the largest request the providers of the send route take (1000 for all three). */
    public void setBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("kopru.bulk.batch-size must be at least 1, not " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** How many texts may have a batch open at once; more close the oldest batch early. */
    public void setMaxOpenTexts(int maxOpenTexts) {
        if (maxOpenTexts < 1) {
            throw new IllegalArgumentException("kopru.bulk.max-open-texts must be at least 1, not " + maxOpenTexts);
        }
        this.maxOpenTexts = maxOpenTexts;
    }

    /** The text of lines without one, unless the {@link #TEXT} header gives it. */
    public void setDefaultText(String defaultText) {
        this.defaultText = defaultText == null ? "" : defaultText;
    }

    /** Which numbers a line may hold: any mobile number by default; Turkish only when every provider is Turkish-only. */
    public void setScope(PhoneNumbers.Scope scope) {
        this.scope = scope;
    }

    public int getBatchSize() {
        return batchSize;
    }
}
