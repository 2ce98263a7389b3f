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
import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;

import java.util.List;

/** The Brokerage simulator's request parsing: the token endpoints and the Integration API's routing. */
class BrokerageRequestFuzzTest extends SimulatorRequestFuzzing {

    @Override
    protected ProviderSimulator newSimulator() {
        return new BrokerageSimulator();
    }

    @Override
    protected List<String> paths() {
        return List.of(BrokerageSimulator.AUTHENTICATE, BrokerageSimulator.REFRESH, BrokerageSimulator.PREFIX
                + "/webhooks", BrokerageSimulator.PREFIX + "/orders", BrokerageSimulator.PREFIX + "/orders/1");
    }

    @Override
    protected List<String[]> headerChoices() {
        return List.of(new String[] {"X-Target-Server", "authentication", "integration"},
                new String[] {"Api-Key", BrokerageSimulator.API_KEY},
                new String[] {"Api-Secret", BrokerageSimulator.SECRET_KEY},
                new String[] {"Authorization", "Bearer x"});
    }

    @Override
    protected String target() {
        return "sandbox_brokerage_requests";
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void answersEveryRequest(FuzzedDataProvider data) throws Exception {
        check(data);
    }
}
