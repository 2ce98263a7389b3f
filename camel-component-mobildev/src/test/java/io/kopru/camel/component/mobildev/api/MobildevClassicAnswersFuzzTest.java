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
package io.kopru.camel.component.mobildev.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.CannedAnswers;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;
import io.kopru.camel.support.sms.SmsMessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Mobildev's classic XML API answers (the text {@code ID:<n>}, {@code 00}, a bare code, report lines) and the report
 * lines read on their own, fed arbitrary answers: a result or a typed error.
 */
class MobildevClassicAnswersFuzzTest {

    private static final String BASE_URL = "http://127.0.0.1:9";
    private static final CannedAnswers HTTP = new CannedAnswers(MobildevErrors.PROVIDER);
    private static final MobildevClassicApi API = new MobildevClassicApi(HTTP, BASE_URL, "user", "password",
            Clock.systemUTC());
    private static final MobildevBatch BATCH = new MobildevBatchBuilder("KOPRU", false, null, Clock.systemUTC())
            .transactional(List.of(SmsMessage.of("Merhaba", "5321234567"))).get(0);
    private static final List<String> IDS = List.of("1825415058", "1825415059");

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyAnswerParses(FuzzedDataProvider data) {
        int operation = data.consumeInt(0, 3);
        int status = data.pickValue(CannedAnswers.STATUSES);
        byte[] body = data.consumeRemainingAsBytes();
        HTTP.answer(status, "text/plain; charset=UTF-8", body);
        UntrustedInput.onlyTypedErrors("mobildev_classic_answers", () -> {
            switch (operation) {
                case 0 -> API.send(BATCH);
                case 1 -> API.reports(IDS);
                case 2 -> API.cancel(IDS.get(0));
                default -> MobildevReportLines.parse(new String(body, StandardCharsets.UTF_8), IDS, Instant.EPOCH,
                        "user", "password");
            }
        });
    }
}
