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
package io.kopru.camel.component.restlink;

import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.test.sms.NeutralSmsSendContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** send answers in the neutral SMS headers, over real HTTP against the simulator. */
class RestlinkNeutralSmsSendTest extends NeutralSmsSendContract {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new RestlinkSimulator());

    @Override
    protected String provider() {
        return RestlinkConstants.PROVIDER;
    }

    @Override
    protected String sendUri() {
        return "restlink:send?apiKey=" + RestlinkSimulator.API_KEY + "&sender=KOPRU&baseUrl="
               + SANDBOX.server(RestlinkSimulator.class).baseUrl();
    }
}
