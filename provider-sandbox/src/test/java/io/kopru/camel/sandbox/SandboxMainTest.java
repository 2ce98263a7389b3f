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
