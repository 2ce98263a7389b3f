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
package io.kopru.camel.sandbox.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;

import java.util.List;

/** The Mobildev simulator's request parsing: the classic XML API, the signed and bearer calls, the OAuth pages. */
class MobildevRequestFuzzTest extends SimulatorRequestFuzzing {

    @Override
    protected ProviderSimulator newSimulator() {
        return new MobildevSimulator();
    }

    @Override
    protected List<String> paths() {
        return List.of("/", "/v1/transactional/send", "/v1/transactional/status/1", "/v1/campaign/send",
                "/v1/campaign/status/1", "/oauth/authorize", "/oauth/login", "/oauth/sign", "/oauth/token");
    }

    @Override
    protected List<String[]> headerChoices() {
        return List.of(new String[] {"X-API-Key", MobildevSimulator.API_KEY},
                new String[] {"X-Timestamp", "0", "1767225600"},
                new String[] {"X-Nonce", "n-1"},
                new String[] {"X-Signature", "00"},
                new String[] {"Accept", "application/json", "application/xml", "text/plain"},
                new String[] {"Authorization", "Bearer x", "Basic ZW50X3Rlc3RfMjAyNF8wMDE6dGVzdF9zZWNyZXRfeHl6Nzg5"});
    }

    @Override
    protected String target() {
        return "sandbox_mobildev_requests";
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void answersEveryRequest(FuzzedDataProvider data) throws Exception {
        check(data);
    }
}
