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
package io.kopru.camel.sandbox.restlink;

import java.util.Set;

/**
 * An API key of the Restlink portal (Settings / API Keys): its secret when it was created with signature
 * verification, which then becomes mandatory, and its permissions.
 */
public final class RestlinkApiKey {

    public static final String SEND = "sms:send";
    public static final String STATS = "sms:stats";

    public final String key;
    /** The API secret shown when the key was created with signature verification; null for a key without it. */
    public final String secret;
    public final Set<String> permissions;
    volatile boolean revoked;

    RestlinkApiKey(String key, String secret, Set<String> permissions) {
        this.key = key;
        this.secret = secret;
        this.permissions = Set.copyOf(permissions);
    }

    public boolean signatureRequired() {
        return secret != null;
    }

    /** Revokes the key in the portal: every later request with it is refused. */
    public void revoke() {
        revoked = true;
    }
}
