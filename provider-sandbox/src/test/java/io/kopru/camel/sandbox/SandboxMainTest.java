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
package io.kopru.camel.sandbox;

import io.kopru.camel.sandbox.brokerage.BrokerageSimulator;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxMainTest {

    @Test
    void theStandaloneStartFindsEverySimulatorAndPrintsUrlsAndCredentials() {
        try (ProviderSandbox sandbox = ProviderSandbox.all(0).start()) {
            String text = SandboxMain.describe(sandbox);
            assertThat(text).contains("iletimerkezi: http://127.0.0.1:", IletimerkeziSimulator.API_KEY,
                    IletimerkeziSimulator.API_HASH);
            assertThat(text).contains("restlink: http://127.0.0.1:", RestlinkSimulator.SIGNED_API_KEY,
                    RestlinkSimulator.API_SECRET, RestlinkSimulator.USERNAME);
            assertThat(text).contains("brokerage: http://127.0.0.1:", BrokerageSimulator.API_KEY,
                    BrokerageSimulator.SECRET_KEY);
        }
    }
}
