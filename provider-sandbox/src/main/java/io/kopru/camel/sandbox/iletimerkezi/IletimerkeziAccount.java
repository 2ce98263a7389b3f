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
package io.kopru.camel.sandbox.iletimerkezi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** An iletiMerkezi account as the panel configures it. Tests may change any of it. */
public final class IletimerkeziAccount {

    final String key;
    final String hash;
    volatile boolean apiAccessAllowed;
    final Set<String> allowedIps = ConcurrentHashMap.newKeySet();
    final AtomicLong smsCredits;
    final Set<String> approvedSenders = ConcurrentHashMap.newKeySet();
    /** number (+90...) -> when it was added; insertion order */
    final Map<String, Instant> blacklist = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    /** The mobile number registered with the account: the only one the APITEST sender delivers to. */
    volatile String testNumber = IletimerkeziSimulator.TEST_NUMBER;
    /** Where the account's delivery reports are posted (the panel's setting); null: none are. */
    volatile String deliveryReportUrl;

    IletimerkeziAccount(String key, String hash, boolean apiAccessAllowed, long smsCredits, List<String> senders) {
        this.key = key;
        this.hash = hash;
        this.apiAccessAllowed = apiAccessAllowed;
        this.smsCredits = new AtomicLong(smsCredits);
        this.approvedSenders.addAll(senders);
    }

    public String key() {
        return key;
    }

    /** The "Allow API access" toggle of the panel. Off: every request answers 401. */
    public IletimerkeziAccount apiAccessAllowed(boolean allowed) {
        this.apiAccessAllowed = allowed;
        return this;
    }

    /** The static-IP allow-list; empty means any address. */
    public IletimerkeziAccount allowOnlyIps(String... ips) {
        allowedIps.clear();
        allowedIps.addAll(List.of(ips));
        return this;
    }

    /** The registered test number (+90...), the one APITEST messages go to. */
    public IletimerkeziAccount testNumber(String e164Number) {
        this.testNumber = e164Number;
        return this;
    }

    /**
     * The URL delivery reports are posted to, as the account registers it in iletiMerkezi's panel (the API has no
     * call for it); null stops the posts.
     */
    public IletimerkeziAccount deliveryReportUrl(String url) {
        this.deliveryReportUrl = url;
        return this;
    }

    public String deliveryReportUrl() {
        return deliveryReportUrl;
    }

    public IletimerkeziAccount smsCredits(long credits) {
        smsCredits.set(credits);
        return this;
    }

    public long smsCredits() {
        return smsCredits.get();
    }

    public IletimerkeziAccount approveSender(String sender) {
        approvedSenders.add(sender);
        return this;
    }

    public Set<String> blacklist() {
        synchronized (blacklist) {
            return Set.copyOf(blacklist.keySet());
        }
    }

    public IletimerkeziAccount blacklist(String e164Number) {
        blacklist.put(e164Number, Instant.now());
        return this;
    }
}
