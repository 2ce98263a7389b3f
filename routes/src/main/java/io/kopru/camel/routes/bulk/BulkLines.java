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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the reading of a recipient list found: lines read, recipients batched, lines left out and why. */
public final class BulkLines {

    /** Rejected lines named in the summary; the rest are only counted. */
    static final int NAMED_REJECTIONS = 20;

    private long lines;
    private long recipients;
    private long rejected;
    private boolean finished;
    private final List<String> rejections = new ArrayList<>();

    synchronized void accept() {
        recipients++;
    }

    synchronized void reject(long line, String why) {
        rejected++;
        if (rejections.size() < NAMED_REJECTIONS) {
            rejections.add("line " + line + ": " + why);
        }
    }

    synchronized void finish(long lines) {
        this.lines = lines;
        this.finished = true;
    }

    public synchronized long getLines() {
        return lines;
    }

    public synchronized long getRecipients() {
        return recipients;
    }

    public synchronized long getRejected() {
        return rejected;
    }

    /** The first rejected lines, by number and reason. */
    public synchronized List<String> getRejections() {
        return Collections.unmodifiableList(new ArrayList<>(rejections));
    }

    /** Whether the whole source was read. */
    public synchronized boolean isFinished() {
        return finished;
    }
}
