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
package io.kopru.camel.component.signaport;

import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import io.kopru.camel.support.error.ProviderAuthenticationException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderQuotaException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * check-quota's documented errors over HTTP against the sandbox (docs.signaport.com/docs/endpoints/check-quota): 404
 * LICENSE_NOT_FOUND, 410 LICENSE_EXPIRED with the end date and days since, 403 LICENSE_INACTIVE, and 429
 * QUOTA_EXCEEDED, which means the quota is spent: a quota error, not a request-rate limit.
 */
class SignaportCheckQuotaErrorsTest extends SignaportTestSupport {

    @Test
    void anUnknownLicenceIs404LicenseNotFound() {
        ProviderException e = failure("signaport:check-quota?licenseKey=SP-NO-SUCH-LICENSE-9999");
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(404);
        assertThat(e.getProviderCode()).isEqualTo("LICENSE_NOT_FOUND");
        assertThat(e.getProviderMessage()).isEqualTo("Belirtilen lisans anahtarı bulunamadı");
    }

    @Test
    void anExpiredLicenceIs410WithWhenItEnded() {
        clock.advance(Duration.ofDays(41));
        ProviderException e = failure("signaport:check-quota?licenseKey=" + SignaportSimulator.EXPIRED_LICENSE_KEY);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(410);
        assertThat(e.getProviderCode()).isEqualTo("LICENSE_EXPIRED");
        assertThat(e.getProviderMessage()).startsWith("Lisans süresi ").endsWith("tarihinde dolmuştur");
        assertThat(e.getRemedy()).contains("ended at "
                + signaport.license(SignaportSimulator.EXPIRED_LICENSE_KEY).expiresAt()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS), "42 day(s) ago", "xxxxxx0002")
                .doesNotContain(SignaportSimulator.EXPIRED_LICENSE_KEY);
    }

    @Test
    void anInactiveLicenceIs403LicenseInactive() {
        ProviderException e = failure("signaport:check-quota?licenseKey=" + SignaportSimulator.INACTIVE_LICENSE_KEY);
        assertThat(e).isInstanceOf(ProviderAuthenticationException.class);
        assertThat(e.getHttpStatus()).isEqualTo(403);
        assertThat(e.getProviderCode()).isEqualTo("LICENSE_INACTIVE");
    }

    @Test
    void aSpentQuotaIs429QuotaExceededAndAQuotaErrorNotARateLimit() {
        signaport.license(SignaportSimulator.LICENSE_KEY).quota(50, 0);
        ProviderException e = failure("signaport:check-quota");
        assertThat(e).isInstanceOf(ProviderQuotaException.class).isNotInstanceOf(ProviderRateLimitException.class);
        assertThat(e.getHttpStatus()).isEqualTo(429);
        assertThat(e.getProviderCode()).isEqualTo("QUOTA_EXCEEDED");
        assertThat(e.getRemedy()).contains("buy more");
        assertThat(e.isDefinitelyNotSent()).isTrue();
    }
}
