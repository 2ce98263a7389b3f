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
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.fuzz.CannedAnswers;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;
import io.kopru.camel.support.signing.SkewCorrectedClock;
import io.kopru.camel.support.sms.SmsMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The integrator API's answers, in its XML and its JSON form (signed transactional send and status, bearer campaign
 * send and status, the OAuth token exchange), fed arbitrary answers: a result or a typed error.
 */
class MobildevIntegratorAnswersFuzzTest {

    private static final String BASE_URL = "http://127.0.0.1:9";
    private static final CannedAnswers HTTP = new CannedAnswers(MobildevErrors.PROVIDER);
    private static final MobildevApi XML = api(false);
    private static final MobildevApi JSON = api(true);
    private static final AccessToken TOKEN = AccessToken.of("token", Instant.now(), Duration.ofHours(1));
    private static final MobildevBatch BATCH = new MobildevBatchBuilder("KOPRU", false, null, Clock.systemUTC())
            .transactional(List.of(SmsMessage.of("Merhaba", "5321234567"))).get(0);
    private static final String[] CONTENT_TYPES = {"application/json", "application/xml", "text/plain"};

    private static MobildevApi api(boolean json) {
        return new MobildevApi(HTTP, BASE_URL, json, new MobildevSigner("key", "secret",
                new SkewCorrectedClock(Clock.systemUTC())), Clock.systemUTC());
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyAnswerParses(FuzzedDataProvider data) {
        MobildevApi api = data.consumeBoolean() ? JSON : XML;
        int operation = data.consumeInt(0, 4);
        int status = data.pickValue(CannedAnswers.STATUSES);
        String contentType = data.pickValue(CONTENT_TYPES);
        String date = data.consumeBoolean() ? data.consumeString(40) : null;
        byte[] body = data.consumeRemainingAsBytes();
        HTTP.answer(status, date == null ? Map.of("Content-Type", List.of(contentType))
                : Map.of("Content-Type", List.of(contentType), "Date", List.of(date)), body);
        UntrustedInput.onlyTypedErrors("mobildev_integrator_answers", () -> {
            switch (operation) {
                case 0 -> api.sendTransactional(BATCH);
                case 1 -> api.transactionalStatus("1825415058");
                case 2 -> api.sendCampaign(TOKEN, BATCH);
                case 3 -> api.campaignStatus(TOKEN, "1825415058");
                default -> api.exchangeCode("client", "client-secret", "https://example.test/cb", "code");
            }
        });
    }
}
