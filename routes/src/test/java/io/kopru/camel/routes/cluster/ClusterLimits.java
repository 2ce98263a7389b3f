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
