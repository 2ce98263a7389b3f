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
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;

import java.util.List;

/** The Restlink simulator's request parsing: API key, signed and JWT requests. */
class RestlinkRequestFuzzTest extends SimulatorRequestFuzzing {

    @Override
    protected ProviderSimulator newSimulator() {
        return new RestlinkSimulator();
    }

    @Override
    protected List<String> paths() {
        return List.of("/api/v1/user/auth", "/api/v1/sms/send", "/api/v1/sms/stats");
    }

    @Override
    protected List<String[]> headerChoices() {
        return List.of(new String[] {"X-API-Key", RestlinkSimulator.API_KEY, RestlinkSimulator.SIGNED_API_KEY},
                new String[] {"X-Timestamp", "0", "1767225600"},
                new String[] {"X-Signature", "00"},
                new String[] {"Authorization", "Bearer x", "Basic x"});
    }

    @Override
    protected String target() {
        return "sandbox_restlink_requests";
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void answersEveryRequest(FuzzedDataProvider data) throws Exception {
        check(data);
    }
}
