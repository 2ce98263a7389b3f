package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import io.kopru.camel.sandbox.junit.ProviderSandboxExtension;
import io.kopru.camel.test.sms.NeutralSmsSendContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** send-sms answers in the neutral SMS headers, over real HTTP against the simulator. */
class IletimerkeziNeutralSmsSendTest extends NeutralSmsSendContract {

    @RegisterExtension
    static final ProviderSandboxExtension SANDBOX = ProviderSandboxExtension.of(new IletimerkeziSimulator());

    @Override
    protected String provider() {
        return IletimerkeziConstants.PROVIDER;
    }

    @Override
    protected String sendUri() {
        return "iletimerkezi:send-sms?apiKey=" + IletimerkeziSimulator.API_KEY + "&secretKey="
               + IletimerkeziSimulator.API_HASH + "&sender=ACME&baseUrl="
               + SANDBOX.server(IletimerkeziSimulator.class).baseUrl();
    }
}
