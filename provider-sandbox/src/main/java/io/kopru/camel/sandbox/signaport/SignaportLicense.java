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
package io.kopru.camel.sandbox.signaport;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Signaport licence as the provider keeps it: its key and password, the organisation it belongs to, whether it is
 * active, when it expires, its signature quota, and the domains validate accepts as origin. Tests may change any of it.
 */
public final class SignaportLicense {

    final String key;
    private final String firmaId;
    private volatile String password;
    private volatile boolean active = true;
    private volatile Instant expiresAt;
    private final String organizationName;
    private final Set<String> allowedOrigins = ConcurrentHashMap.newKeySet();
    private int totalQuota;
    private int usedQuota;

    SignaportLicense(String key, String firmaId, String password, String organizationName, int totalQuota,
                     Instant expiresAt) {
        this.key = key;
        this.firmaId = firmaId;
        this.password = password;
        this.organizationName = organizationName;
        this.totalQuota = totalQuota;
        this.expiresAt = expiresAt;
    }

    public String key() {
        return key;
    }

    /** The organisation's id, carried in the sign token as {@code firma_id}. */
    public String firmaId() {
        return firmaId;
    }

    /**
     * The domains validate accepts as {@code origin} (the document: "İstek yapan domain (CORS kontrolü)"). Empty means
     * any; a validate without an origin is accepted either way, since the field is optional.
     */
    public SignaportLicense allowOrigins(String... origins) {
        allowedOrigins.clear();
        allowedOrigins.addAll(List.of(origins));
        return this;
    }

    boolean originAllowed(String origin) {
        return origin == null || allowedOrigins.isEmpty() || allowedOrigins.contains(origin);
    }

    public String organizationName() {
        return organizationName;
    }

    /** Deactivates (or reactivates) the licence: get-token and check-quota answer LICENSE_INACTIVE while it is off. */
    public SignaportLicense active(boolean active) {
        this.active = active;
        return this;
    }

    public boolean isActive() {
        return active;
    }

    /** When the licence ends: from then on get-token and check-quota answer LICENSE_EXPIRED. */
    public SignaportLicense expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public SignaportLicense password(String password) {
        this.password = password;
        return this;
    }

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    /** Sets the quota bought and how much of it is left. */
    public synchronized SignaportLicense quota(int total, int remaining) {
        if (remaining < 0 || remaining > total) {
            throw new IllegalArgumentException("remaining " + remaining + " must be between 0 and " + total);
        }
        this.totalQuota = total;
        this.usedQuota = total - remaining;
        return this;
    }

    public synchronized int totalQuota() {
        return totalQuota;
    }

    public synchronized int usedQuota() {
        return usedQuota;
    }

    public synchronized int remainingQuota() {
        return totalQuota - usedQuota;
    }

    /** Takes one signature off the quota, as validate does; false when none is left. */
    synchronized boolean consumeOne() {
        if (usedQuota >= totalQuota) {
            return false;
        }
        usedQuota++;
        return true;
    }
}
