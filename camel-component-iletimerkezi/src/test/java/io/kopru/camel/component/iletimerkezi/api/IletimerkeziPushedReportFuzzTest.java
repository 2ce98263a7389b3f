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

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kopru.camel.support.fuzz.FuzzDuration;
import io.kopru.camel.support.fuzz.UntrustedInput;

import java.time.Instant;

/** The body of a pushed delivery report, as anyone who finds the URL can post it: parsed, or refused typed. */
class IletimerkeziPushedReportFuzzTest {

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void everyReportParsesOrIsRefused(byte[] body) {
        UntrustedInput.onlyTypedErrors("iletimerkezi_pushed_report",
                () -> IletimerkeziPushedReport.parse(body, Instant.EPOCH));
    }
}
