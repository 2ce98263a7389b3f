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
package io.kopru.camel.sandbox.mobildev;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An API key as the integrator panel creates it ("API Key'lerim"): the key, the secret shown once, its validity (30,
 * 60 or 90 days, extendable), its IP allow-list, the originators (senders) approved for the account and the SMS
 * credit. Tests may change any of it.
 */
public final class MobildevApiKey {

    final String key;
    final String secret;
    volatile Instant validUntil;
    final MobildevIpAllowList allowList;
    final Set<String> originators = ConcurrentHashMap.newKeySet();
    final AtomicLong credits;

    MobildevApiKey(String key, String secret, Instant validUntil, List<String> originators, long credits) {
        this.key = key;
        this.secret = secret;
        this.validUntil = validUntil;
        this.allowList = new MobildevIpAllowList(MobildevIpAllowList.LOOPBACK);
        this.originators.addAll(originators);
        this.credits = new AtomicLong(credits);
    }

    public String key() {
        return key;
    }

    public Instant validUntil() {
        return validUntil;
    }

    /** Sets the end of the key's validity ("valid_until"); after it, every request answers 401 api_key_expired. */
    public MobildevApiKey validUntil(Instant validUntil) {
        this.validUntil = validUntil;
        return this;
    }

    /** Replaces the IP allow-list (CIDR ranges); the default is the loopback addresses. */
    public MobildevApiKey allowOnly(String... cidrs) {
        allowList.set(List.of(cidrs));
        return this;
    }

    public MobildevApiKey approveOriginator(String originator) {
        originators.add(originator);
        return this;
    }

    public MobildevApiKey credits(long credits) {
        this.credits.set(credits);
        return this;
    }

    public long credits() {
        return credits.get();
    }
}
