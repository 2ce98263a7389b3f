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
