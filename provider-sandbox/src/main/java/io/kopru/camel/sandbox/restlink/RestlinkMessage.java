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
package io.kopru.camel.sandbox.restlink;

import java.time.Instant;
import java.util.List;

/** One message the simulator accepted from {@code POST /api/v1/sms/send}. */
public final class RestlinkMessage {

    public final String id;
    public final List<String> to;
    public final String text;
    /** The {@code sender_id} sent, or null when it was left out. */
    public final String senderId;
    public final int segments;
    public final Instant acceptedAt;
    /** How the request authenticated: {@code api-key}, {@code hmac} or {@code jwt}. */
    public final String authentication;

    RestlinkMessage(String id, List<String> to, String text, String senderId, int segments, Instant acceptedAt,
                    String authentication) {
        this.id = id;
        this.to = List.copyOf(to);
        this.text = text;
        this.senderId = senderId;
        this.segments = segments;
        this.acceptedAt = acceptedAt;
        this.authentication = authentication;
    }

    @Override
    public String toString() {
        return "RestlinkMessage[" + id + ", to=" + to.size() + ", segments=" + segments + ", " + authentication + "]";
    }
}
