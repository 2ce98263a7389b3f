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
package io.kopru.camel.support.error;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a provider said about a failed request: who, the HTTP status (0 when no response arrived), the provider's own
 * code and message, and what the operator should do about it. Serializable, as the exceptions that carry it are.
 */
public final class ProviderErrorDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final int httpStatus;
    private final String providerCode;
    private final String providerMessage;
    private final String remedy;

    private ProviderErrorDetails(Builder builder) {
        this.provider = Objects.requireNonNull(builder.provider, "provider");
        this.httpStatus = builder.httpStatus;
        this.providerCode = builder.providerCode;
        this.providerMessage = builder.providerMessage;
        this.remedy = builder.remedy;
    }

    public static Builder of(String provider) {
        return new Builder(provider);
    }

    public String provider() {
        return provider;
    }

    /** The HTTP status of the response, or 0 when there was none (refused locally, connection failure, timeout). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The provider's own error code (a number such as {@code 451}, or a word such as {@code invalid_signature}). */
    public String providerCode() {
        return providerCode;
    }

    /** The provider's own message, as it sent it (often Turkish). */
    public String providerMessage() {
        return providerMessage;
    }

    /** What to do about it, for the operator reading the log. */
    public String remedy() {
        return remedy;
    }

    public Builder toBuilder() {
        return new Builder(provider).httpStatus(httpStatus).providerCode(providerCode)
                .providerMessage(providerMessage).remedy(remedy);
    }

    String describe(String summary) {
        StringBuilder sb = new StringBuilder(128).append('[').append(provider).append("] ").append(summary);
        if (httpStatus > 0 || providerCode != null || providerMessage != null) {
            sb.append(" (");
            String sep = "";
            if (httpStatus > 0) {
                sb.append("HTTP ").append(httpStatus);
                sep = ", ";
            }
            if (providerCode != null) {
                sb.append(sep).append("code ").append(providerCode);
                sep = ", ";
            }
            if (providerMessage != null) {
                sb.append(sep).append('"').append(providerMessage).append('"');
            }
            sb.append(')');
        }
        if (remedy != null) {
            sb.append(". ").append(remedy);
        }
        return sb.toString();
    }

    public static final class Builder {
        private final String provider;
        private int httpStatus;
        private String providerCode;
        private String providerMessage;
        private String remedy;

        private Builder(String provider) {
            this.provider = provider;
        }

        public Builder httpStatus(int httpStatus) {
            this.httpStatus = httpStatus;
            return this;
        }

        public Builder providerCode(String providerCode) {
            this.providerCode = providerCode;
            return this;
        }

        public Builder providerMessage(String providerMessage) {
            this.providerMessage = providerMessage;
            return this;
        }

        public Builder remedy(String remedy) {
            this.remedy = remedy;
            return this;
        }

        public ProviderErrorDetails build() {
            return new ProviderErrorDetails(this);
        }
    }
}
