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
package io.kopru.camel.component.restlink.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code GET /api/v1/sms/stats} answered for a period. The documents do not list the fields, so every field of
 * the answer's {@code data} object is kept as it came; {@link #getLong(String)} reads a counter.
 */
public final class RestlinkStats {

    private final String period;
    private final Map<String, Object> values;

    public RestlinkStats(String period, Map<String, Object> values) {
        this.period = period;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String getPeriod() {
        return period;
    }

    /** Every field of the answer, as JSON types (Number, String, Boolean, Map, List). */
    public Map<String, Object> getValues() {
        return values;
    }

    /** A numeric field, or null when the answer has no such number. */
    public Long getLong(String field) {
        Object v = values.get(field);
        return v instanceof Number ? ((Number) v).longValue() : null;
    }

    @Override
    public String toString() {
        return "RestlinkStats[period=" + period + ", " + values + "]";
    }
}
