package io.kopru.camel.component.brokerage;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;

/** The webhook body check on arbitrary bytes: a JSON tree, or the typed 400 error. */
class BrokerageWebhookBodyFuzzTest {

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyBodyParsesOrIsRefused(byte[] body) {
        UntrustedInput.onlyTypedErrors("brokerage_webhook_body", () -> BrokerageWebhookBody.parse(body));
    }
}
