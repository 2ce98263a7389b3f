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
package io.kopru.camel.component.mobildev;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which limit a Mobildev endpoint's requests pass, with a shared rateLimiterFactory: the account's transactional one
 * (api_key) or its campaign one (OAuth client), which the guide limits apart.
 */
class MobildevRateLimitKeyTest {

    private static String key(MobildevOperation operation, String apiKey, String clientId) {
        MobildevConfiguration configuration = new MobildevConfiguration();
        configuration.setOperation(operation);
        configuration.setApiKey(apiKey);
        configuration.setClientId(clientId);
        return configuration.rateLimitKey("mobildev");
    }

    @Test
    void theTransactionalOperationsOfAnApiKeyShareOneLimit() {
        assertThat(key(MobildevOperation.STATUS, "ak-1", "client-1")).isEqualTo(key(MobildevOperation.SEND, "ak-1", "client-1"))
                .isEqualTo(key(MobildevOperation.CANCEL, "ak-1", null)).startsWith("mobildev:").doesNotContain("ak-1");
        assertThat(key(MobildevOperation.SEND, "ak-2", "client-1")).as("another api_key, another account")
                .isNotEqualTo(key(MobildevOperation.SEND, "ak-1", "client-1"));
    }

    @Test
    void campaignsKeepALimitOfTheirOwnEvenWhereTheComponentHoldsBothCredentials() {
        String campaigns = key(MobildevOperation.CAMPAIGN_SEND, "ak-1", "client-1");
        assertThat(campaigns).isNotEqualTo(key(MobildevOperation.SEND, "ak-1", "client-1"))
                .isEqualTo(key(MobildevOperation.CAMPAIGN_STATUS, null, "client-1"))
                .isEqualTo(key(MobildevOperation.EXCHANGE_CODE, "ak-1", "client-1"));
        assertThat(key(MobildevOperation.CAMPAIGN_SEND, "ak-1", "client-2")).isNotEqualTo(campaigns);
    }
}
