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
package io.kopru.camel.support.health;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * Registers a producer's health check in Camel's producers repository, when health checks are on, the way Camel's
 * own producers do it (camel-aws2-sns): added in {@code doStart}, removed in {@code doStop}.
 */
public final class ProviderHealthChecks {

    private ProviderHealthChecks() {
    }

    /** @return the repository it was added to, or null when the context has no producer health checks */
    public static WritableHealthCheckRepository register(CamelContext context, ProviderHealthCheck check,
                                                        boolean enabled) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        if (repository != null) {
            check.setEnabled(enabled);
            repository.addHealthCheck(check);
        }
        return repository;
    }

    public static void unregister(WritableHealthCheckRepository repository, ProviderHealthCheck check) {
        if (repository != null && check != null) {
            repository.removeHealthCheck(check);
        }
    }
}
