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
package io.kopru.camel.support.metrics;

import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderPartiallySentException;
import org.apache.camel.CamelContext;

/**
 * The metrics of one provider operation, recorded into the application's Micrometer {@code MeterRegistry} (the one
 * camel-micrometer uses, see {@link MicrometerMeters}) and nowhere when there is none or Micrometer is not on the
 * class path. Every component records through here, from the shared base classes: the producer (SMS outcomes), the
 * HTTP client (requests, 429s, limiter waits) and the token manager (renewals). The meters and their tags are listed in
 * this module's README. Tag values are fixed names (providers, operations, statuses, exception types), never a value
 * from a message or an option, so no secret and no unbounded value reaches a tag.
 */
public final class ProviderMetrics {

    /** Counter: sends, by outcome ({@code accepted}, {@code partial}, {@code refused}, {@code ambiguous}). */
    public static final String SMS_SENT = "kopru.sms.sent";
    /** Counter: sends certainly not sent, by the error's type. */
    public static final String SMS_REFUSED = "kopru.sms.refused";
    /** Counter: sends whose outcome is unknown (the provider may have accepted them), by the error's type. */
    public static final String SMS_AMBIGUOUS = "kopru.sms.ambiguous";
    /** Counter: recipients of accepted sends. */
    public static final String SMS_RECIPIENTS = "kopru.sms.recipients";
    /** Counter: SMS parts of accepted sends (recipients times each one's parts). */
    public static final String SMS_SEGMENTS = "kopru.sms.segments";
    /** Timer: HTTP requests to the provider, by status and outcome. */
    public static final String REQUESTS = "kopru.provider.requests";
    /** Counter: answers with HTTP 429 (Too Many Requests). */
    public static final String THROTTLED = "kopru.provider.throttled";
    /** Timer: requests the client-side rate limiter held, by outcome ({@code acquired}, {@code refused}). */
    public static final String LIMITER_WAITS = "kopru.client.limiter.waits";
    /** Counter: token renewals, by grant ({@code refresh}, {@code login}) and outcome ({@code success}, {@code failure}). */
    public static final String TOKEN_RENEWALS = "kopru.token.renewals";

    /** The operation tag of an account's own calls (logins, token renewals), which serve every operation. */
    public static final String ACCOUNT_OPERATION = "token";

    private static final boolean MICROMETER_PRESENT = present("io.micrometer.core.instrument.MeterRegistry");

    private final Meters meters;
    private final String provider;
    private final String operation;

    private ProviderMetrics(Meters meters, String provider, String operation) {
        this.meters = meters;
        this.provider = provider == null ? "unknown" : provider;
        this.operation = operation == null ? "unknown" : operation;
    }

    /**
     * The metrics of {@code provider}'s {@code operation} in the context's meter registry. The registry is looked up
     * now: call it when the producer starts, after the application bound its registry.
     */
    public static ProviderMetrics of(CamelContext context, String provider, String operation) {
        // MicrometerMeters, and with it Micrometer, is loaded only past this check
        Meters meters = MICROMETER_PRESENT && context != null ? MicrometerMeters.of(context) : Meters.NONE;
        return new ProviderMetrics(meters, provider, operation);
    }

    /** Metrics that record nothing. */
    public static ProviderMetrics none(String provider) {
        return new ProviderMetrics(Meters.NONE, provider, null);
    }

    /** Whether anything is recorded (a meter registry was found). */
    public boolean isEnabled() {
        return meters != Meters.NONE;
    }

    public String getProvider() {
        return provider;
    }

    public String getOperation() {
        return operation;
    }

    /**
     * One HTTP request and how long it took, from sending to the answer's last byte.
     *
     * @param status the answer's HTTP status, or 0 when no answer came (refused connection, timeout, too large)
     */
    public void request(int status, long nanos) {
        if (meters == Meters.NONE) {
            return; // nothing to record: no tags built
        }
        meters.time(REQUESTS, "HTTP requests to the provider, from sending to the whole answer", nanos,
                "provider", provider, "operation", operation,
                "status", status == 0 ? "IO_ERROR" : Integer.toString(status), "outcome", httpOutcome(status));
        if (status == 429) {
            meters.count(THROTTLED, "Answers with HTTP 429 Too Many Requests", 1,
                    "provider", provider, "operation", operation);
        }
    }

    /**
     * A request the client-side rate limiter held before it could be sent.
     *
     * @param acquired false when it would have waited longer than {@code rateLimitMaxWait}, so was not sent
     */
    public void limiterWait(boolean acquired, long nanos) {
        if (meters == Meters.NONE) {
            return; // nothing to record: no tags built
        }
        meters.time(LIMITER_WAITS, "Requests the client-side rate limiter held, and for how long", nanos,
                "provider", provider, "operation", operation, "outcome", acquired ? "acquired" : "refused");
    }

    /**
     * One token renewal.
     *
     * @param grant {@code refresh} (with the refresh token) or {@code login}
     */
    public void tokenRenewal(String grant, boolean success) {
        if (meters == Meters.NONE) {
            return; // nothing to record: no tags built
        }
        meters.count(TOKEN_RENEWALS, "Token renewals: refreshes and logins", 1,
                "provider", provider, "operation", operation, "grant", grant,
                "outcome", success ? "success" : "failure");
    }

    /** A send the provider accepted. */
    public void smsAccepted(int recipients, int segments) {
        if (meters == Meters.NONE) {
            return; // nothing to record: no tags built
        }
        sent("accepted");
        accepted(recipients);
        meters.count(SMS_SEGMENTS, "SMS parts of accepted sends: each recipient's parts", (double) recipients * segments,
                "provider", provider, "operation", operation);
    }

    /**
     * A send that failed: partly sent (some requests of a split batch accepted), certainly not sent (refused, by the
     * error's type), or with an unknown outcome (ambiguous, by the error's type).
     */
    public void smsFailed(ProviderException error) {
        if (meters == Meters.NONE) {
            return; // nothing to record: no tags built
        }
        String type = error.getClass().getSimpleName();
        if (error instanceof ProviderPartiallySentException) {
            sent("partial");
            accepted(((ProviderPartiallySentException) error).getAcceptedRecipients());
        } else if (error.isDefinitelyNotSent()) {
            sent("refused");
            meters.count(SMS_REFUSED, "Sends certainly not sent, by error type", 1,
                    "provider", provider, "operation", operation, "error", type);
        } else {
            sent("ambiguous");
            meters.count(SMS_AMBIGUOUS, "Sends the provider may have accepted (outcome unknown), by error type", 1,
                    "provider", provider, "operation", operation, "error", type);
        }
    }

    private void sent(String outcome) {
        meters.count(SMS_SENT, "SMS sends, by outcome", 1, "provider", provider, "operation", operation,
                "outcome", outcome);
    }

    private void accepted(int recipients) {
        meters.count(SMS_RECIPIENTS, "Recipients of accepted sends", recipients,
                "provider", provider, "operation", operation);
    }

    /** Micrometer's outcome of an HTTP status ({@code io.micrometer.core.instrument.binder.http.Outcome}). */
    static String httpOutcome(int status) {
        if (status >= 100 && status < 200) {
            return "INFORMATIONAL";
        } else if (status >= 200 && status < 300) {
            return "SUCCESS";
        } else if (status >= 300 && status < 400) {
            return "REDIRECTION";
        } else if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        } else if (status >= 500 && status < 600) {
            return "SERVER_ERROR";
        }
        return "UNKNOWN";
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ProviderMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ProviderMetrics[" + provider + ":" + operation + ", " + meters + "]";
    }
}
