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
package io.kopru.camel.sandbox.mobildev;

/**
 * A request the simulator refuses. Security and OAuth errors answer a JSON body
 * {@code {"error": "...", "error_description": "..."}} with an HTTP status (guide §6); errors in an XML message body
 * answer, like Mobildev's XML API, HTTP 200 with a bare two-digit code; the same errors in a JSON body answer
 * {@code {"success": false, "error": ..., "code": ...}} with an HTTP status.
 */
final class MobildevRefusal extends RuntimeException {

    final int status;
    final String error;
    final String legacyCode;
    /** A body to answer as it is (HTTP 200, text/plain): what a test made the next answer. */
    final String raw;

    private MobildevRefusal(int status, String error, String legacyCode, String description) {
        this(status, error, legacyCode, description, null);
    }

    private MobildevRefusal(int status, String error, String legacyCode, String description, String raw) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.legacyCode = legacyCode;
        this.raw = raw;
    }

    /** The next answer is this body, whatever was asked (tests: answers of every shape, hostile ones too). */
    static MobildevRefusal raw(String body) {
        return new MobildevRefusal(200, "raw", null, "forced answer", body);
    }

    /** A security, OAuth or routing error: always JSON. */
    static MobildevRefusal of(int status, String error, String description) {
        return new MobildevRefusal(status, error, null, description);
    }

    /** An error in the message body: a bare code for XML, JSON otherwise. */
    static MobildevRefusal body(int jsonStatus, String error, String legacyCode, String description) {
        return new MobildevRefusal(jsonStatus, error, legacyCode, description);
    }

    String description() {
        return getMessage();
    }
}
