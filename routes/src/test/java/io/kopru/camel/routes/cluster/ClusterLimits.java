package io.kopru.camel.routes.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/** How the nodes share the providers' limits and tokens. */
final class ClusterLimits {

    private ClusterLimits() {
    }

    static Map<String, String> nodeProperties(int iletimerkeziRatePerSecond) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.iletimerkezi.rate-limit", String.valueOf(iletimerkeziRatePerSecond));
        p.put("camel.component.iletimerkezi.rate-limit-period", "1000");
        p.put("kopru.test.brokerage-options", "");
        return p;
    }
}
