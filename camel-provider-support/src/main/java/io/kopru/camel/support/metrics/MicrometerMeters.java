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

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

import java.util.concurrent.TimeUnit;

/**
 * {@link Meters} over the Micrometer {@code MeterRegistry} of the Camel registry, found as camel-micrometer finds it
 * ({@code MicrometerUtils.getOrCreateMeterRegistry}): the bean named {@value #METRICS_REGISTRY_NAME}
 * (camel-micrometer's {@code MicrometerConstants.METRICS_REGISTRY_NAME}, under which camel-micrometer-prometheus binds
 * its Prometheus registry), else the one {@code CompositeMeterRegistry}, else the one {@code MeterRegistry}. Unlike
 * camel-micrometer it never creates one: without a registry nothing is recorded. The only class of this module that
 * references Micrometer.
 */
final class MicrometerMeters implements Meters {

    static final String METRICS_REGISTRY_NAME = "metricsRegistry";

    private final MeterRegistry registry;

    private MicrometerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The meters of the context's registry, or {@link Meters#NONE} when it holds none. */
    static Meters of(CamelContext context) {
        Registry beans = context.getRegistry();
        MeterRegistry registry = beans.lookupByNameAndType(METRICS_REGISTRY_NAME, MeterRegistry.class);
        if (registry == null) {
            registry = beans.findSingleByType(CompositeMeterRegistry.class);
        }
        if (registry == null) {
            registry = beans.findSingleByType(MeterRegistry.class);
        }
        return registry == null ? Meters.NONE : new MicrometerMeters(registry);
    }

    @Override
    public void count(String name, String description, double amount, String... tags) {
        Counter.builder(name).description(description).tags(tags).register(registry).increment(amount);
    }

    @Override
    public void time(String name, String description, long nanos, String... tags) {
        Timer.builder(name).description(description).tags(tags).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "MicrometerMeters[" + registry.getClass().getSimpleName() + "]";
    }
}
