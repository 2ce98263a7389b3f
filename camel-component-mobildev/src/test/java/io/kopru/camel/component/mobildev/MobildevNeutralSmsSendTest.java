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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.test.sms.NeutralSmsSendContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** send answers in the neutral SMS headers, over real HTTP against the simulator. */
class MobildevNeutralSmsSendTest extends NeutralSmsSendContract {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new MobildevSimulator());

    @Override
    protected String provider() {
        return MobildevConstants.PROVIDER;
    }

    @Override
    protected String sendUri() {
        return "mobildev:send?apiKey=" + MobildevSimulator.API_KEY + "&secretKey=" + MobildevSimulator.API_SECRET
               + "&baseUrl=" + SANDBOX.server(MobildevSimulator.class).baseUrl();
    }
}
