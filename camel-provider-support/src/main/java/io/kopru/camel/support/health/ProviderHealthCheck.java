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

import io.kopru.camel.support.error.ProviderException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;

/**
 * A producer health check that asks the provider something without side effects (a balance, a quota) and reports
 * down when it cannot, with the provider's code and what to do. The probe may also declare the provider down on an
 * answer it got (no quota left, an expired licence) by throwing.
 */
public final class ProviderHealthCheck extends AbstractHealthCheck {

    private final Probe probe;

    /**
     * @param id    the check's id, by Camel's convention {@code producer:<scheme>-<endpoint id>}
     * @param probe asks the provider and returns details to show; throws when the provider cannot be used
     */
    public ProviderHealthCheck(String id, Probe probe) {
        super("camel", id);
        this.probe = probe;
    }

    @Override
    public boolean isLiveness() {
        // a provider being down does not make this JVM dead: restarting it would not help
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            Map<String, Object> details = probe.call();
            if (details != null) {
                details.forEach(builder::detail);
            }
            builder.up();
        } catch (ProviderException e) {
            builder.detail("provider", e.getProvider());
            if (e.getHttpStatus() > 0) {
                builder.detail("http.status", e.getHttpStatus());
            }
            if (e.getProviderCode() != null) {
                builder.detail("provider.code", e.getProviderCode());
            }
            builder.message(e.getMessage());
            builder.error(e);
            builder.down();
        } catch (Exception e) {
            builder.message(e.getMessage());
            builder.error(e);
            builder.down();
        }
    }

    /** Asks the provider; returns details when it is usable, throws when it is not. */
    @FunctionalInterface
    public interface Probe {
        Map<String, Object> call() throws Exception;
    }
}
