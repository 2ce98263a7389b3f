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
package io.kopru.camel.component.brokerage.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.fuzz.CannedAnswers;
import io.kopru.camel.support.fuzz.UntrustedInput;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The token answers (authenticate and refresh), and the error answers behind them: a token or a typed error. */
class BrokerageTokenAnswerFuzzTest {

    private static final CannedAnswers HTTP = new CannedAnswers(BrokerageErrors.PROVIDER);
    private static final BrokerageTokenClient TOKENS = new BrokerageTokenClient(HTTP, "http://127.0.0.1:9", "key",
            "secret", false, Clock.systemUTC());
    private static final AccessToken CURRENT = new AccessToken("access", Instant.now(), Instant.now().plusSeconds(60),
            null, null, null).withRefreshToken("refresh", Instant.now().plusSeconds(3600));

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyTokenAnswerParses(FuzzedDataProvider data) {
        boolean refresh = data.consumeBoolean();
        int status = data.pickValue(CannedAnswers.STATUSES);
        String retryAfter = data.consumeBoolean() ? data.consumeString(24) : null;
        byte[] body = data.consumeRemainingAsBytes();
        HTTP.answer(status, retryAfter == null ? Map.of("Content-Type", List.of("application/json"))
                : Map.of("Content-Type", List.of("application/json"), "Retry-After", List.of(retryAfter)), body);
        UntrustedInput.onlyTypedErrors("brokerage_token_answer", () -> {
            AccessToken token = refresh ? TOKENS.refresh(CURRENT) : TOKENS.authenticate();
            token.toString();
        });
    }
}
