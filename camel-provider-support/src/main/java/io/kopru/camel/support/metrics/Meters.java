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
package io.kopru.camel.support.metrics;

/**
 * Where {@link ProviderMetrics} writes: a meter registry, or nowhere. Keeps every reference to Micrometer in
 * {@link MicrometerMeters}, which is loaded only when Micrometer is on the class path.
 */
interface Meters {

    /** Records nothing: no Micrometer on the class path, or no {@code MeterRegistry} in the Camel registry. */
    Meters NONE = new Meters() {
        @Override
        public void count(String name, String description, double amount, String... tags) {
        }

        @Override
        public void time(String name, String description, long nanos, String... tags) {
        }
    };

    /** Adds {@code amount} to the counter {@code name} with the tags (name, value, name, value, ...). */
    void count(String name, String description, double amount, String... tags);

    /** Records one duration in the timer {@code name} with the tags (name, value, name, value, ...). */
    void time(String name, String description, long nanos, String... tags);
}
