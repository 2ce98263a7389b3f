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
package io.kopru.camel.component.signaport;

import io.kopru.camel.component.signaport.api.SignaportApi;
import io.kopru.camel.component.signaport.api.SignaportErrors;
import io.kopru.camel.component.signaport.api.SignaportQuota;
import io.kopru.camel.component.signaport.api.SignaportToken;
import io.kopru.camel.component.signaport.api.SignaportValidation;
import io.kopru.camel.support.auth.InMemoryUsedTokens;
import io.kopru.camel.support.auth.SingleUseTokens;
import io.kopru.camel.support.auth.UsedTokens;
import io.kopru.camel.support.component.ProviderProducer;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.health.ProviderHealthCheck;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Calls one Signaport operation per exchange. get-token asks Signaport for a new sign token every time: none is
 * cached, and one Signaport returned before is refused rather than handed out twice.
 */
public class SignaportProducer extends ProviderProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SignaportProducer.class);
    /** Sign tokens live 5 minutes; at 10 a minute, this remembers far longer than any could be repeated in time. */
    private static final int REMEMBERED_SIGN_TOKENS = 1000;
    /** What get-token fails with when Signaport answers with a sign token it returned before. */
    private static final ProviderErrorDetails REPEATED_SIGN_TOKEN = ProviderErrorDetails.of(SignaportConstants.PROVIDER)
            .httpStatus(200).providerMessage("Signaport returned a sign token it had returned before")
            .remedy("The token was not handed out: a sign token is accepted once. Issuing costs nothing;"
                    + " requesting a new token is safe")
            .build();

    private final SignaportEndpoint endpoint;
    private final SignaportConfiguration configuration;
    private final SignaportOperation operation;
    private final Clock clock;
    private final AtomicBoolean lowQuotaWarned = new AtomicBoolean();
    private final Map<SignaportSignatureType, SingleUseTokens<SignaportToken>> signTokens =
            new EnumMap<>(SignaportSignatureType.class);
    /** Set once the HTTP client exists; the health check may run from another thread. */
    private volatile SignaportApi api;

    public SignaportProducer(SignaportEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.operation = configuration.getOperation();
        this.clock = endpoint.getComponent().clock();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        api = new SignaportApi(http(), configuration.getBaseUrl(), configuration.getLicenseKey(),
                configuration.getPassword(), clock);
        UsedTokens used = configuration.getUsedSignTokens() != null ? configuration.getUsedSignTokens()
                : new InMemoryUsedTokens(REMEMBERED_SIGN_TOKENS);
        for (SignaportSignatureType type : SignaportSignatureType.values()) {
            signTokens.put(type, new SingleUseTokens<>(() -> api.getToken(type), SignaportToken::getSignToken, used,
                    REPEATED_SIGN_TOKEN));
        }
    }

    /**
     * check-quota has no side effect, needs no password and does not count against get-token's limit. Down when the
     * licence is inactive, expired or out of quota: then get-token cannot succeed.
     */
    @Override
    protected ProviderHealthCheck.Probe healthProbe() {
        return () -> {
            SignaportApi started = api;
            if (started == null) {
                throw new IllegalStateException("the signaport producer is starting");
            }
            SignaportQuota quota = started.checkQuota();
            Instant now = clock.instant();
            if (!quota.isActive()) {
                throw licenceProblem(SignaportErrors.LICENSE_INACTIVE, "check-quota: isActive is false");
            }
            if (quota.isExpiredAt(now)) {
                throw licenceProblem(SignaportErrors.LICENSE_EXPIRED, "check-quota: expiryDate "
                                                                      + quota.getExpiryDate() + " has passed");
            }
            if (quota.getRemainingQuota() <= 0) {
                throw licenceProblem(SignaportErrors.INSUFFICIENT_QUOTA, "check-quota: remainingQuota is "
                                                                         + quota.getRemainingQuota());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("remainingQuota", quota.getRemainingQuota());
            details.put("totalQuota", quota.getTotalQuota());
            details.put("usedQuota", quota.getUsedQuota());
            details.put("expiryDate", String.valueOf(quota.getExpiryDate()));
            details.put("organizationName", String.valueOf(quota.getOrganizationName()));
            if (configuration.getLowQuotaThreshold() > 0) {
                details.put("lowQuota", quota.getRemainingQuota() <= configuration.getLowQuotaThreshold());
            }
            return details;
        };
    }

    /** The error get-token would answer with, judged from check-quota's answer: nothing was sent to get it. */
    private static ProviderException licenceProblem(String code, String observation) {
        return SignaportErrors.of(code, observation, 0, RateLimitInfo.NONE, true);
    }

    @Override
    protected void processOperation(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        switch (operation) {
            case GET_TOKEN:
                getToken(in);
                break;
            case CHECK_QUOTA:
                checkQuota(in);
                break;
            case VALIDATE:
                validate(in);
                break;
            default:
                throw new IllegalStateException("unhandled operation " + operation);
        }
    }

    private void getToken(Message in) throws Exception {
        SignaportSignatureType type = signatureType(in); // refuses a bad header before anything is sent
        SignaportToken token = signTokens.get(type).issue(); // refuses a value it handed out before
        in.setHeader(SignaportConstants.SIGN_TOKEN, token.getSignToken());
        in.setHeader(SignaportConstants.SIGN_TOKEN_EXPIRES_AT, token.getSignTokenExpiresAt());
        // what this call did not return must not linger from an earlier one on the same exchange
        setOrRemove(in, SignaportConstants.ACCESS_TOKEN, token.getAccessToken());
        setOrRemove(in, SignaportConstants.ACCESS_TOKEN_EXPIRES_AT, token.getAccessTokenExpiresAt());
        setOrRemove(in, SignaportConstants.REMAINING_QUOTA,
                token.getRemainingQuota() >= 0 ? token.getRemainingQuota() : null);
        if (token.getRemainingQuota() >= 0) {
            lowQuota(in, token.getRemainingQuota());
        } else {
            in.removeHeader(SignaportConstants.LOW_QUOTA);
        }
        in.setBody(token);
    }

    private void checkQuota(Message in) throws InterruptedException {
        SignaportQuota quota = api.checkQuota();
        in.setHeader(SignaportConstants.REMAINING_QUOTA, quota.getRemainingQuota());
        in.setHeader(SignaportConstants.TOTAL_QUOTA, quota.getTotalQuota());
        setOrRemove(in, SignaportConstants.LICENSE_EXPIRES_AT, quota.getExpiryDate());
        in.setHeader(SignaportConstants.LICENSE_USABLE, quota.isUsableAt(clock.instant()));
        lowQuota(in, quota.getRemainingQuota());
        in.setBody(quota);
    }

    /** Uses the sign token in the body (a String or a SignaportToken), spending one signature. */
    private void validate(Message in) {
        Object body = in.getBody();
        String token = body instanceof SignaportToken ? ((SignaportToken) body).getSignToken()
                : body instanceof String ? (String) body : null;
        if (token == null || token.isBlank()) {
            throw new ProviderValidationException(SignaportConstants.PROVIDER, "validate needs the sign token as the"
                    + " body (a String, or the SignaportToken get-token returned); got "
                    + (body == null ? "no body" : body instanceof String ? "an empty text" : body.getClass().getName()));
        }
        Object origin = in.getHeader(SignaportConstants.ORIGIN);
        SignaportValidation validation = api.validate(token.trim(),
                origin == null || origin.toString().isBlank() ? null : origin.toString().trim());
        setOrRemove(in, SignaportConstants.REMAINING_QUOTA,
                validation.getRemainingQuota() >= 0 ? validation.getRemainingQuota() : null);
        setOrRemove(in, SignaportConstants.USED_QUOTA,
                validation.getUsedQuota() >= 0 ? validation.getUsedQuota() : null);
        if (validation.getRemainingQuota() >= 0) {
            lowQuota(in, validation.getRemainingQuota());
        } else {
            in.removeHeader(SignaportConstants.LOW_QUOTA);
        }
        in.setBody(validation);
    }

    private static void setOrRemove(Message in, String header, Object value) {
        if (value == null) {
            in.removeHeader(header);
        } else {
            in.setHeader(header, value);
        }
    }

    private SignaportSignatureType signatureType(Message in) {
        Object header = in.getHeader(SignaportConstants.SIGNATURE_TYPE);
        if (header == null) {
            return configuration.getSignatureType();
        }
        try {
            return SignaportSignatureType.of(header);
        } catch (IllegalArgumentException e) {
            throw new ProviderValidationException(SignaportConstants.PROVIDER,
                    SignaportConstants.SIGNATURE_TYPE + ": " + e.getMessage());
        }
    }

    /** Sets CamelSignaportLowQuota and warns once each time the quota falls to the threshold. */
    private void lowQuota(Message in, int remaining) {
        int threshold = configuration.getLowQuotaThreshold();
        if (threshold <= 0) {
            return;
        }
        boolean low = remaining <= threshold;
        in.setHeader(SignaportConstants.LOW_QUOTA, low);
        if (low && lowQuotaWarned.compareAndSet(false, true)) {
            LOG.warn("signaport licence {} has {} signature(s) left, at or below lowQuotaThreshold {}: buy more before"
                     + " get-token fails with INSUFFICIENT_QUOTA", api.maskedLicenseKey(), remaining, threshold);
        } else if (!low) {
            lowQuotaWarned.set(false);
        }
    }

    @Override
    public SignaportEndpoint getEndpoint() {
        return endpoint;
    }
}
