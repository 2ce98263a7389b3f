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
package io.kopru.camel.springboot;

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties an application sets to run against the sandbox: iletiMerkezi and Mobildev configured by
 * {@code camel.component.*} alone, the failover route switched on by {@code kopru.sms.enabled}.
 */
final class SandboxProperties {

    private SandboxProperties() {
    }

    static Map<String, String> of(ProviderSandboxExtension sandbox) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.iletimerkezi.api-key", IletimerkeziSimulator.API_KEY);
        p.put("camel.component.iletimerkezi.secret-key", IletimerkeziSimulator.API_HASH);
        p.put("camel.component.iletimerkezi.sender", "ACME");
        p.put("camel.component.iletimerkezi.base-url", sandbox.baseUrl(IletimerkeziSimulator.class));
        p.put("camel.component.iletimerkezi.response-timeout", "1000");
        p.put("camel.component.mobildev.api-key", MobildevSimulator.API_KEY);
        p.put("camel.component.mobildev.secret-key", MobildevSimulator.API_SECRET);
        p.put("camel.component.mobildev.base-url", sandbox.baseUrl(MobildevSimulator.class));
        p.put("camel.component.mobildev.response-timeout", "1000");
        p.put("kopru.sms.enabled", "true");
        p.put("kopru.poll.cron", "0/1+*+*+*+*+?");
        p.put("kopru.reports.endpoint", "direct:test-reports");
        return p;
    }
}
