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
package io.kopru.camel.support.fuzz;

/**
 * How long each fuzz target fuzzes when {@code JAZZER_FUZZ=1}: the build's {@code fuzz.duration} property (60s by
 * default; {@code benchmarks/run.sh --fuzz SECONDS} sets it). Jazzer 0.24 reads the duration only from
 * {@code @FuzzTest(maxDuration)}, a compile-time constant, hence this generated one. Regression mode ignores it.
 */
public final class FuzzDuration {

    public static final String MAX = "${fuzz.duration}";

    private FuzzDuration() {
    }
}
