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
