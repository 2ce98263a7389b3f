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

import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderPartiallySentException;
import io.kopru.camel.support.error.ProviderUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which registry the metrics find, and that without Micrometer on the class path they record nothing and fail
 * nothing. (What each component records is shown over HTTP in IletimerkeziMetricsTest and BrokerageMetricsTest.)
 */
class ProviderMetricsTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() {
        context.stop();
    }

    @Test
    void camelMicrometersRegistryIsPreferredToAnyOther() {
        SimpleMeterRegistry camels = new SimpleMeterRegistry();
        SimpleMeterRegistry other = new SimpleMeterRegistry();
        context.getRegistry().bind("other", other);
        context.getRegistry().bind("metricsRegistry", camels);

        ProviderMetrics metrics = ProviderMetrics.of(context, "acme", "send");
        metrics.smsAccepted(3, 2);

        assertThat(metrics.isEnabled()).isTrue();
        assertThat(camels.get("kopru.sms.sent").tags("provider", "acme", "operation", "send", "outcome", "accepted")
                .counter().count()).isEqualTo(1);
        assertThat(camels.get("kopru.sms.recipients").counter().count()).isEqualTo(3);
        assertThat(camels.get("kopru.sms.segments").counter().count()).isEqualTo(6);
        assertThat(other.getMeters()).isEmpty();
    }

    @Test
    void withoutARegistryNothingIsRecorded() {
        ProviderMetrics metrics = ProviderMetrics.of(context, "acme", "send");
        metrics.smsAccepted(1, 1);
        metrics.request(200, 1_000);
        assertThat(metrics.isEnabled()).isFalse();
    }

    @Test
    void aPartlySentBatchCountsItsAcceptedRecipientsAndNoRefusal() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        context.getRegistry().bind("metricsRegistry", meters);
        ProviderUnavailableException failure = new ProviderUnavailableException(ProviderErrorDetails.of("acme")
                .remedy("down").build(), null);

        ProviderMetrics.of(context, "acme", "send").smsFailed(new ProviderPartiallySentException(failure,
                List.of("id-1"), 1000, List.of("5321234567"), List.of()));

        assertThat(meters.get("kopru.sms.sent").tags("outcome", "partial").counter().count()).isEqualTo(1);
        assertThat(meters.get("kopru.sms.recipients").counter().count()).isEqualTo(1000);
        assertThat(meters.find("kopru.sms.refused").meters()).isEmpty();
        assertThat(meters.find("kopru.sms.ambiguous").meters()).isEmpty();
    }

    @Test
    void withoutMicrometerOnTheClassPathNothingIsRecordedAndNothingFails() throws Exception {
        // a registry is bound, but this module's classes are loaded where no io.micrometer class can be found
        context.getRegistry().bind("metricsRegistry", new SimpleMeterRegistry());
        URL classes = ProviderMetrics.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutMicrometer = new WithoutMicrometer(classes, getClass().getClassLoader())) {
            Class<?> type = withoutMicrometer.loadClass(ProviderMetrics.class.getName());
            assertThat(type.getClassLoader()).isSameAs(withoutMicrometer);
            Object metrics = type.getMethod("of", CamelContext.class, String.class, String.class)
                    .invoke(null, context, "acme", "send");
            type.getMethod("smsAccepted", int.class, int.class).invoke(metrics, 1, 1);
            type.getMethod("request", int.class, long.class).invoke(metrics, 429, 1_000L);
            assertThat(type.getMethod("isEnabled").invoke(metrics)).isEqualTo(false);
        }
    }

    /** Loads io.kopru.camel.support.* itself from the module's classes, hides io.micrometer.*, delegates the rest. */
    private static final class WithoutMicrometer extends URLClassLoader {
        WithoutMicrometer(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("io.micrometer.")) {
                    throw new ClassNotFoundException(name + " (hidden)");
                }
                if (name.startsWith("io.kopru.camel.support.")) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        loaded = findClass(name);
                    }
                    if (resolve) {
                        resolveClass(loaded);
                    }
                    return loaded;
                }
                return super.loadClass(name, resolve);
            }
        }
    }
}
