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

/**
 * The root of every error a provider component raises. Each subclass says what kind of failure it was; every
 * instance carries the provider, the HTTP status, the provider's own code and message, and whether the request
 * {@linkplain #isDefinitelyNotSent() certainly was not accepted}, the flag failover decisions are made on.
 * <p>
 * Serializable with all it carries, so that it survives where Camel serializes an exchange (a JMS
 * {@code ObjectMessage}, a JDBC aggregation repository, a dead-letter queue on a broker).
 */
public abstract class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProviderErrorDetails details;
    private final boolean definitelyNotSent;

    protected ProviderException(String summary, ProviderErrorDetails details, boolean definitelyNotSent,
                                Throwable cause) {
        super(details.describe(summary), cause);
        this.details = details;
        this.definitelyNotSent = definitelyNotSent;
    }

    public ProviderErrorDetails getDetails() {
        return details;
    }

    public String getProvider() {
        return details.provider();
    }

    /** The HTTP status, or 0 when no response was received. */
    public int getHttpStatus() {
        return details.httpStatus();
    }

    public String getProviderCode() {
        return details.providerCode();
    }

    public String getProviderMessage() {
        return details.providerMessage();
    }

    public String getRemedy() {
        return details.remedy();
    }

    /**
     * True when the provider certainly did not accept the request (it was refused, or it never left this machine), so
     * sending it again, or through another provider, cannot deliver it twice. False when it may have been accepted.
     */
    public boolean isDefinitelyNotSent() {
        return definitelyNotSent;
    }
}
