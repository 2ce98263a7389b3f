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
package io.kopru.camel.routes.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the nodes share the providers' limits and tokens: the support module's PostgreSQL limiter and token store,
 * which {@code KopruBeans} binds with {@code kopru.store=postgresql}, set as the components' options.
 */
final class ClusterLimits {

    private ClusterLimits() {
    }

    static Map<String, String> nodeProperties(int iletimerkeziRatePerSecond) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.iletimerkezi.rate-limit", String.valueOf(iletimerkeziRatePerSecond));
        p.put("camel.component.iletimerkezi.rate-limit-period", "1000");
        p.put("camel.component.iletimerkezi.rate-limiter-factory", "#sharedRateLimits");
        // a killed node's slots come back after this (above connect + response timeout)
        p.put("kopru.store.rate-limit-lease-seconds", "8");
        p.put("kopru.test.brokerage-options", "&tokenStore=#sharedTokens");
        return p;
    }
}
