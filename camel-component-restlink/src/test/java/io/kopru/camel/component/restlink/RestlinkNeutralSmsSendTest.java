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
