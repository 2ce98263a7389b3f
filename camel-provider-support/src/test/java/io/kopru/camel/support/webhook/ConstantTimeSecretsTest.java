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
package io.kopru.camel.support.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConstantTimeSecretsTest {

    private static final String SECRET = "3f9c1e7a5b2d4c6e8f0a1b3c5d7e9f21";

    @Test
    void onlyTheSameValueMatches() {
        assertThat(ConstantTimeSecrets.matches(SECRET, SECRET)).isTrue();
        assertThat(ConstantTimeSecrets.matches(new String(SECRET.toCharArray()), SECRET)).isTrue();
        assertThat(ConstantTimeSecrets.matches(SECRET.substring(0, 31) + "0", SECRET)).isFalse();
        assertThat(ConstantTimeSecrets.matches(SECRET.toUpperCase(), SECRET)).isFalse();
    }

    @Test
    void aPrefixALongerValueNothingAndNullDoNotMatch() {
        // digests of equal length are compared: a prefix is no closer to the secret than any other value
        assertThat(ConstantTimeSecrets.matches(SECRET.substring(0, 1), SECRET)).isFalse();
        assertThat(ConstantTimeSecrets.matches(SECRET + "x", SECRET)).isFalse();
        assertThat(ConstantTimeSecrets.matches("", SECRET)).isFalse();
        assertThat(ConstantTimeSecrets.matches(null, SECRET)).isFalse();
        // an empty configured secret is not matched by a missing credential either
        assertThat(ConstantTimeSecrets.matches(null, "")).isFalse();
    }

    @Test
    void thereMustBeASecretToCompareWith() {
        assertThatThrownBy(() -> ConstantTimeSecrets.matches(SECRET, null)).isInstanceOf(NullPointerException.class);
    }
}
