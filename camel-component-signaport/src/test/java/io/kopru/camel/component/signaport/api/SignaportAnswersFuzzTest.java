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
package io.kopru.camel.component.signaport.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.component.signaport.SignaportSignatureType;
import io.kopru.camel.support.fuzz.CannedAnswers;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Signaport's answer parsers (get-token, check-quota, validate), fed arbitrary answers: a result or a typed error. */
class SignaportAnswersFuzzTest {

    private static final String BASE_URL = "http://127.0.0.1:9";
    private static final CannedAnswers HTTP = new CannedAnswers(SignaportErrors.PROVIDER);
    private static final SignaportApi API = new SignaportApi(HTTP, BASE_URL, "SP-LICENSE-0001", "password",
            Clock.systemUTC());

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyAnswerParses(FuzzedDataProvider data) {
        int operation = data.consumeInt(0, 2);
        int status = data.pickValue(CannedAnswers.STATUSES);
        String date = data.consumeBoolean() ? data.consumeString(40) : null;
        byte[] body = data.consumeRemainingAsBytes();
        HTTP.answer(status, date == null ? Map.of("Content-Type", List.of("application/json"))
                : Map.of("Content-Type", List.of("application/json"), "Date", List.of(date)), body);
        UntrustedInput.onlyTypedErrors("signaport_answers", () -> {
            switch (operation) {
                case 0 -> API.getToken(SignaportSignatureType.MEDULA);
                case 1 -> API.checkQuota();
                default -> API.validate("eyJhbGciOiJIUzI1NiJ9.e30.sig", "https://imza.kopru.test");
            }
        });
    }
}
