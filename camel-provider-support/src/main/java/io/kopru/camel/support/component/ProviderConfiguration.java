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
package io.kopru.camel.support.component;

import io.kopru.camel.support.http.ProviderHttpConfiguration;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParams;

import java.util.List;

/**
 * The options every provider endpoint has, on top of the HTTP transport: the operation of the URI's path, typed as the
 * provider's enum (whose {@code toString()} is the name written in URIs, so the catalog lists those names), the base
 * URL, and the credentials each operation needs. Set on the component, the options are every endpoint's defaults:
 * each endpoint starts from a {@link #copy()}.
 *
 * @param <O> the provider's operations
 */
@UriParams
public abstract class ProviderConfiguration<O extends Enum<O>> extends ProviderHttpConfiguration implements Cloneable {

    /** The operation of the URI's path; each provider declares the field, typed as its enum, for the catalog. */
    public abstract O getOperation();

    public abstract void setOperation(O operation);

    /** Scheme, host and optional port of the provider's API, as configured. */
    public abstract String getBaseUrl();

    /**
     * The credentials the operation needs and lacks, each named as the option to set (with a hint where the panel calls
     * it otherwise); empty when nothing is missing.
     */
    protected abstract List<String> missingCredentials();

    /**
     * What the provider counts this configuration's requests against: its API key, user name or licence key, as the
     * operation uses. Null when it has none yet (the endpoint's checks then refuse it).
     */
    protected abstract String account();

    /**
     * The key of the account's client-side rate limit, safe to log: {@code provider:} and a digest of
     * {@link #account()}. Every endpoint of one account, on every node, shares the limit kept under it by a shared
     * {@code rateLimiterFactory}; two accounts of one provider keep two limits.
     */
    public String rateLimitKey(String provider) {
        return SharedSessions.accountKey(provider, account());
    }

    /** Adds {@code name} to {@code missing} when {@code value} is null or blank. */
    protected static void require(List<String> missing, String value, String name) {
        if (isBlank(value)) {
            missing.add(name);
        }
    }

    protected static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A copy whose later changes do not reach this one; the component's configuration stays every endpoint's default. */
    public ProviderConfiguration<O> copy() {
        try {
            @SuppressWarnings("unchecked")
            ProviderConfiguration<O> copy = (ProviderConfiguration<O>) clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
