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
package io.kopru.camel.component.restlink.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.component.restlink.RestlinkAuthMode;
import io.kopru.camel.component.restlink.RestlinkConfiguration;
import io.kopru.camel.support.fuzz.CannedAnswers;
import io.kopru.camel.support.fuzz.UntrustedInput;
import io.kopru.camel.support.sms.SmsMessage;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Restlink's answer parsers (send, stats, the JWT login), fed arbitrary answers: a result or a typed error. */
class RestlinkAnswersFuzzTest {

    private static final String BASE_URL = "http://127.0.0.1:9";
    private static final CannedAnswers HTTP = new CannedAnswers(RestlinkErrors.PROVIDER);
    private static final RestlinkApi API = new RestlinkApi(HTTP, BASE_URL, RestlinkAuthMode.API_KEY, "key", null,
            new RestlinkSession("fuzz", null, new RestlinkConfiguration(), BASE_URL, Clock.systemUTC()), Duration.ZERO);
    private static final RestlinkLogin LOGIN = new RestlinkLogin(HTTP, BASE_URL, "user", "password",
            Clock.systemUTC());
    private static final RestlinkSmsRequest SMS = RestlinkSmsRequest.of(List.of(SmsMessage.of("Merhaba",
            "5321234567")), "ACME");

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyAnswerParses(FuzzedDataProvider data) {
        int operation = data.consumeInt(0, 2);
        int status = data.pickValue(CannedAnswers.STATUSES);
        String date = data.consumeBoolean() ? data.consumeString(40) : null;
        byte[] body = data.consumeRemainingAsBytes();
        HTTP.answer(status, date == null ? Map.of("Content-Type", List.of("application/json"))
                : Map.of("Content-Type", List.of("application/json"), "Date", List.of(date)), body);
        UntrustedInput.onlyTypedErrors("restlink_answers", () -> {
            switch (operation) {
                case 0 -> API.send(SMS);
                case 1 -> API.stats("daily");
                default -> LOGIN.authenticate();
            }
        });
    }
}
