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
package io.kopru.camel.sandbox.iletimerkezi;

/** A delivery report the simulator posted to a registered URL, and what the receiver answered (0: no answer). */
public final class IletimerkeziReportPost {

    public final String url;
    public final long id;
    public final long packetId;
    public final String status;
    public final String to;
    public final int answer;

    IletimerkeziReportPost(String url, long id, long packetId, String status, String to, int answer) {
        this.url = url;
        this.id = id;
        this.packetId = packetId;
        this.status = status;
        this.to = to;
        this.answer = answer;
    }

    @Override
    public String toString() {
        return "IletimerkeziReportPost[" + packetId + "/" + id + " " + status + " -> " + answer + "]";
    }
}
