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

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OAuth client of an integrator (guide §4.2): client id and secret, the redirect URIs registered in the panel
 * (matched exactly), and the IP allow-list of its application.
 */
public final class MobildevClient {

    final String id;
    final String secret;
    final String name;
    final Set<String> redirectUris = ConcurrentHashMap.newKeySet();
    final MobildevIpAllowList allowList;

    MobildevClient(String id, String secret, String name, List<String> redirectUris) {
        this.id = id;
        this.secret = secret;
        this.name = name;
        this.redirectUris.addAll(redirectUris);
        this.allowList = new MobildevIpAllowList(MobildevIpAllowList.LOOPBACK);
    }

    public String id() {
        return id;
    }

    /** Registers one more redirect URI, as the panel does; only registered URIs are ever redirected to. */
    public MobildevClient allowRedirectUri(String uri) {
        redirectUris.add(uri);
        return this;
    }

    public Set<String> redirectUris() {
        return Set.copyOf(redirectUris);
    }

    /** Replaces the IP allow-list of the client's application (CIDR ranges); the default is loopback. */
    public MobildevClient allowOnly(String... cidrs) {
        allowList.set(List.of(cidrs));
        return this;
    }
}
