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
package io.kopru.camel.sandbox.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The remote-mode condition: off in a normal run with a reason naming what to set, never in CI, sends twice gated. */
class RemoteProviderConditionTest {

    @RemoteProvider(value = "iletimerkezi", env = {"ILETIMERKEZI_API_KEY", "ILETIMERKEZI_API_HASH"})
    static final class ReadOnly {
    }

    @RemoteProvider(value = "iletimerkezi", env = "ILETIMERKEZI_TEST_RECIPIENT", sends = true)
    static final class Sends {
    }

    private static RemoteProvider readOnly() {
        return ReadOnly.class.getAnnotation(RemoteProvider.class);
    }

    private static RemoteProvider sends() {
        return Sends.class.getAnnotation(RemoteProvider.class);
    }

    @Test
    void aNormalRunSkipsWithAMessageNamingWhatToSet() {
        // this very build: no -Dkopru.remote, whatever the environment holds
        ConditionEvaluationResult result = new RemoteProviderCondition(System::getProperty,
                name -> RemoteProviderCondition.CI_VARIABLES.contains(name) ? null : System.getenv(name))
                .evaluate(readOnly());
        assertThat(System.getProperty(RemoteProviderCondition.REMOTE_PROPERTY)).isNull();
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("remote check of iletimerkezi skipped: to run it against the real API,"
                                                + " run with -Dkopru.remote=iletimerkezi and set ILETIMERKEZI_API_KEY,"
                                                + " ILETIMERKEZI_API_HASH in the environment");
    }

    @Test
    void requestedWithoutCredentialsNamesTheMissingVariables() {
        ConditionEvaluationResult result = new RemoteProviderCondition(
                Map.of("kopru.remote", "signaport,iletimerkezi")::get,
                Map.of("ILETIMERKEZI_API_KEY", "k")::get).evaluate(readOnly());
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("remote check of iletimerkezi skipped: set ILETIMERKEZI_API_HASH in the"
                                                + " environment");
    }

    @Test
    void requestedWithCredentialsRuns() {
        ConditionEvaluationResult result = new RemoteProviderCondition(Map.of("kopru.remote", "all")::get,
                Map.of("ILETIMERKEZI_API_KEY", "k", "ILETIMERKEZI_API_HASH", "h")::get).evaluate(readOnly());
        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void neverInCi() {
        ConditionEvaluationResult result = new RemoteProviderCondition(Map.of("kopru.remote", "iletimerkezi")::get,
                Map.of("ILETIMERKEZI_API_KEY", "k", "ILETIMERKEZI_API_HASH", "h", "GITHUB_ACTIONS", "true")::get)
                .evaluate(readOnly());
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason().orElseThrow()).contains("never runs in CI", "GITHUB_ACTIONS");
    }

    @Test
    void aSendNeedsTheSecondFlagAndARecipientFromTheEnvironment() {
        ConditionEvaluationResult noFlag = new RemoteProviderCondition(Map.of("kopru.remote", "iletimerkezi")::get,
                Map.of("ILETIMERKEZI_TEST_RECIPIENT", "5321234567")::get).evaluate(sends());
        assertThat(noFlag.isDisabled()).isTrue();
        assertThat(noFlag.getReason().orElseThrow()).contains("-Dkopru.remote.send=true", "ILETIMERKEZI_TEST_RECIPIENT");

        ConditionEvaluationResult noRecipient = new RemoteProviderCondition(
                Map.of("kopru.remote", "iletimerkezi", "kopru.remote.send", "true")::get, Map.<String, String>of()::get)
                .evaluate(sends());
        assertThat(noRecipient.getReason()).hasValue("remote check of iletimerkezi skipped: set"
                                                     + " ILETIMERKEZI_TEST_RECIPIENT in the environment");

        assertThat(new RemoteProviderCondition(Map.of("kopru.remote", "iletimerkezi", "kopru.remote.send", "true")::get,
                Map.of("ILETIMERKEZI_TEST_RECIPIENT", "5321234567")::get).evaluate(sends()).isDisabled()).isFalse();
    }

    @Test
    void anotherProvidersRemoteModeDoesNotTurnThisOneOn() {
        assertThat(new RemoteProviderCondition(Map.of("kopru.remote", "signaport")::get,
                Map.of("ILETIMERKEZI_API_KEY", "k", "ILETIMERKEZI_API_HASH", "h")::get).evaluate(readOnly())
                .isDisabled()).isTrue();
    }
}
