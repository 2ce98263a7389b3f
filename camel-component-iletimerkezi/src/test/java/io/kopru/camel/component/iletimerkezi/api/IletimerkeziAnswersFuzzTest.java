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
package io.kopru.camel.component.iletimerkezi.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.CannedAnswers;
import io.kopru.camel.support.fuzz.UntrustedInput;
import io.kopru.camel.support.sms.IysRecipientType;
import io.kopru.camel.support.sms.SmsMessage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Every iletiMerkezi JSON answer parser, fed arbitrary answers: a result or a typed error, never anything else. */
class IletimerkeziAnswersFuzzTest {

    private static final CannedAnswers HTTP = new CannedAnswers(IletimerkeziErrors.PROVIDER);
    private static final IletimerkeziApi API = new IletimerkeziApi(HTTP, "http://127.0.0.1:9", "key", "hash",
            Clock.systemUTC());
    private static final IletimerkeziOrderBuilder.Order ORDER = new IletimerkeziOrderBuilder("ACME", false,
            IysRecipientType.BIREYSEL).build(List.of(SmsMessage.of("Merhaba", "5321234567")));

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyAnswerParses(FuzzedDataProvider data) {
        int operation = data.consumeInt(0, 7);
        int status = data.pickValue(CannedAnswers.STATUSES);
        byte[] body = data.consumeRemainingAsBytes();
        HTTP.answer(status, "application/json", body);
        AnswerFieldsTest.sameAsTheTree(body); // the send answer read without a tree reads as the tree
        UntrustedInput.onlyTypedErrors("iletimerkezi_answers", () -> {
            switch (operation) {
                case 0 -> API.sendSms(ORDER);
                case 1 -> API.getReport("42");
                case 2 -> API.getReports(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5));
                case 3 -> API.cancelOrder("42");
                case 4 -> API.getBalance();
                case 5 -> API.getSenders();
                case 6 -> API.getBlacklist(LocalDateTime.of(2026, 1, 1, 0, 0), null);
                default -> API.changeBlacklist("5321234567", true);
            }
        });
    }
}
