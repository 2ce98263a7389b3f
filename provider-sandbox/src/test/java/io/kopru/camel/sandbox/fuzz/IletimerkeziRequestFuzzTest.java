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
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;

import java.util.List;

/** The iletiMerkezi simulator's JSON request parsing. */
class IletimerkeziRequestFuzzTest extends SimulatorRequestFuzzing {

    @Override
    protected ProviderSimulator newSimulator() {
        return new IletimerkeziSimulator();
    }

    @Override
    protected List<String> paths() {
        return List.of("/v1/send-sms/json", "/v1/get-report/json", "/v1/get-reports/json", "/v1/cancel-order/json",
                "/v1/get-balance/json", "/v1/get-sender/json", "/v1/get-blacklist/json", "/v1/add-blacklist/json",
                "/v1/delete-blacklist/json", "/v1/unknown/json");
    }

    @Override
    protected String target() {
        return "sandbox_iletimerkezi_requests";
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void answersEveryRequest(FuzzedDataProvider data) throws Exception {
        check(data);
    }
}
