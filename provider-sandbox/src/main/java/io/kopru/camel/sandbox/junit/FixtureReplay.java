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

import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.SandboxExchange;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A stand-in provider that answers each request with the next canned answer (a fixture), then with the fallback (an
 * empty page, for clients that ask for more pages). Run it in a {@link io.kopru.camel.sandbox.SandboxServer} to feed a
 * component's parser a provider's answer exactly as a public source shows it, over real HTTP.
 */
public final class FixtureReplay implements ProviderSimulator {

    private final ConcurrentLinkedDeque<Object[]> answers = new ConcurrentLinkedDeque<>();
    private volatile Object[] fallback;

    /** The next request is answered with this status and JSON body. */
    public FixtureReplay next(int status, String json) {
        answers.add(new Object[] {status, json});
        return this;
    }

    /** Requests after the canned ones are answered with this. */
    public FixtureReplay thenAlways(int status, String json) {
        this.fallback = new Object[] {status, json};
        return this;
    }

    @Override
    public String name() {
        return "fixture-replay";
    }

    @Override
    public void handle(SandboxExchange exchange) {
        Object[] answer = answers.poll();
        if (answer == null) {
            answer = fallback;
        }
        if (answer == null) {
            exchange.respond(500, "text/plain", "no canned answer left");
            return;
        }
        exchange.respond((int) answer[0], "application/json", (String) answer[1]);
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of();
    }

    @Override
    public void reset() {
        answers.clear();
        fallback = null;
    }
}
