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
import io.kopru.camel.sandbox.signaport.SignaportSimulator;

import java.util.List;

/** The Signaport simulator's request parsing: get-token, check-quota and validate. */
class SignaportRequestFuzzTest extends SimulatorRequestFuzzing {

    @Override
    protected ProviderSimulator newSimulator() {
        return new SignaportSimulator();
    }

    @Override
    protected List<String> paths() {
        return List.of(SignaportSimulator.GET_TOKEN_PATH, SignaportSimulator.CHECK_QUOTA_PATH
                + SignaportSimulator.LICENSE_KEY, SignaportSimulator.CHECK_QUOTA_PATH, SignaportSimulator.VALIDATE_PATH);
    }

    @Override
    protected String target() {
        return "sandbox_signaport_requests";
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void answersEveryRequest(FuzzedDataProvider data) throws Exception {
        check(data);
    }
}
