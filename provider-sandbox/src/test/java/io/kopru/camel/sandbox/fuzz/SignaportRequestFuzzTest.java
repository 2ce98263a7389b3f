package io.kopru.camel.sandbox.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.sandbox.ProviderSimulator;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;

import java.util.List;

/** The Signaport simulator's request parsing: get-token, check-quota and validate. */
class SignaportRequestFuzzTest extends SimulatorRequestFuzzing {

    @Override
    protected ProviderSimulator newSimulator() {
        return new SignaportSimulator();
    }

    @Override
    protected List<String> paths() {
        return List.of(SignaportSimulator.GET_TOKEN_PATH, SignaportSimulator.CHECK_QUOTA_PATH
                + SignaportSimulator.LICENSE_KEY, SignaportSimulator.CHECK_QUOTA_PATH, SignaportSimulator.VALIDATE_PATH);
    }

    @Override
    protected String target() {
        return "sandbox_signaport_requests";
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void answersEveryRequest(FuzzedDataProvider data) throws Exception {
        check(data);
    }
}
