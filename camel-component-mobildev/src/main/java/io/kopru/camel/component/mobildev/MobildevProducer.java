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
package io.kopru.camel.component.mobildev;

import io.kopru.camel.component.mobildev.api.MobildevApi;
import io.kopru.camel.component.mobildev.api.MobildevAuthorization;
import io.kopru.camel.component.mobildev.api.MobildevBatch;
import io.kopru.camel.component.mobildev.api.MobildevBatchBuilder;
import io.kopru.camel.component.mobildev.api.MobildevBodies;
import io.kopru.camel.component.mobildev.api.MobildevClassicApi;
import io.kopru.camel.component.mobildev.api.MobildevConsents;
import io.kopru.camel.component.mobildev.api.MobildevErrors;
import io.kopru.camel.component.mobildev.api.MobildevKeyExpiry;
import io.kopru.camel.component.mobildev.api.MobildevSigner;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.component.ProviderProducer;
import io.kopru.camel.support.error.ProviderConsentRequiredException;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderPartiallySentException;
import io.kopru.camel.support.error.ProviderRateLimitException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.health.ProviderHealthCheck;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import io.kopru.camel.support.sms.DeliveryReport;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsRequests;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Calls one Mobildev operation per exchange. */
public class MobildevProducer extends ProviderProducer {

    private final MobildevEndpoint endpoint;
    private final MobildevConfiguration configuration;
    private final MobildevOperation operation;
    private final Clock clock;
    private final MobildevBatchBuilder batches;
    private final MobildevKeyExpiry keyExpiry;
    private final MobildevConsents consents;
    private volatile MobildevApi api;
    private volatile MobildevClassicApi classic;

    public MobildevProducer(MobildevEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.operation = configuration.getOperation();
        this.clock = endpoint.getComponent().clock();
        this.batches = new MobildevBatchBuilder(configuration.getSender(), configuration.isCommercial(),
                configuration.getIysList(), clock);
        this.keyExpiry = new MobildevKeyExpiry(endpoint.apiKeyValidUntil(), configuration.getApiKeyExpiryWarningDays(),
                clock);
        this.consents = operation.isOAuth()
                ? new MobildevConsents(endpoint.tokenStore(), configuration.getClientId(), clock) : null;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.isClassic()) {
            classic = new MobildevClassicApi(http(), configuration.getBaseUrl(), configuration.getApiKey(),
                    configuration.getSecretKey(), clock);
        }
        MobildevSigner signer = operation.isOAuth() || configuration.isClassic() ? null
                : new MobildevSigner(configuration.getApiKey(), configuration.getSecretKey(),
                        ((MobildevComponent) endpoint.getComponent()).session(endpoint).signingClock());
        api = new MobildevApi(http(), configuration.getBaseUrl(), configuration.isJson(), signer, clock);
        if (!operation.isOAuth()) {
            keyExpiry.warnIfDue();
        }
    }

    /**
     * Mobildev has no call without side effects to probe, so the check says what the producer knows: the API key's
     * validity for the transactional operations, and whether the default consent has a usable token for the
     * campaign operations.
     */
    @Override
    protected ProviderHealthCheck.Probe healthProbe() {
        switch (operation) {
            case SEND:
            case STATUS:
            case CANCEL:
                return keyExpiry::probe;
            case CAMPAIGN_SEND:
            case CAMPAIGN_STATUS:
                return () -> {
                    AccessToken token = consents.usable(MobildevConsents.DEFAULT_CONSENT);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("consent", MobildevConsents.DEFAULT_CONSENT);
                    details.put("token.expiresAt", String.valueOf(token.getExpiresAt()));
                    details.put("token.scope", String.valueOf(token.getScope()));
                    return details;
                };
            default:
                return null;
        }
    }

    @Override
    protected boolean isSmsSend() {
        return operation == MobildevOperation.SEND || operation == MobildevOperation.CAMPAIGN_SEND;
    }

    @Override
    protected void processOperation(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        switch (operation) {
            case SEND:
                keyExpiry.warnIfDue();
                if (configuration.isClassic()) {
                    submit(in, classicBatches(SmsRequests.read(MobildevConstants.PROVIDER, in)),
                            batch -> classic.send(batch));
                } else {
                    submit(in, jsonChecked(batches.transactional(SmsRequests.read(MobildevConstants.PROVIDER, in))),
                            batch -> api.sendTransactional(batch));
                }
                break;
            case STATUS: {
                keyExpiry.warnIfDue();
                List<String> ids = ids(in);
                if (configuration.isClassic()) {
                    in.setBody(classic.reports(ids)); // Action 3 takes 25 ids a query: batched inside
                    break;
                }
                List<DeliveryReport> reports = new ArrayList<>();
                for (String id : ids) {
                    reports.addAll(api.transactionalStatus(id));
                }
                in.setBody(reports);
                break;
            }
            case CANCEL: {
                keyExpiry.warnIfDue();
                List<String> cancelled = new ArrayList<>();
                for (String id : ids(in)) {
                    classic.cancel(id);
                    cancelled.add(id);
                    in.setHeader(MobildevConstants.MESSAGE_IDS, List.copyOf(cancelled));
                }
                in.setBody(cancelled);
                break;
            }
            case CAMPAIGN_SEND:
                campaignSend(in);
                break;
            case CAMPAIGN_STATUS: {
                List<String> ids = ids(in);
                String consentId = consentId(in);
                AccessToken token = consents.usable(consentId);
                List<DeliveryReport> reports = new ArrayList<>();
                for (String id : ids) {
                    reports.addAll(withConsent(consentId, token, () -> api.campaignStatus(token, id)));
                }
                in.setBody(reports);
                break;
            }
            case AUTHORIZE_URL:
                authorizeUrl(in);
                break;
            case EXCHANGE_CODE:
                exchangeCode(in);
                break;
            default:
                throw new IllegalStateException("unhandled operation " + operation);
        }
    }

    private void campaignSend(Message in) throws InterruptedException {
        List<String> groups = SmsRequests.recipients(in.getHeader(MobildevConstants.CAMPAIGN_SEGMENTS));
        String name = in.getHeader(MobildevConstants.CAMPAIGN_NAME, String.class);
        List<SmsMessage> messages = SmsRequests.read(MobildevConstants.PROVIDER, in);
        List<MobildevBatch> requests;
        if (groups.isEmpty()) {
            requests = jsonChecked(batches.campaign(messages, name));
        } else if (messages.size() == 1) {
            requests = List.of(batches.campaignToGroups(messages.get(0), groups, name, configuration.isJson()));
        } else {
            throw new ProviderValidationException(MobildevConstants.PROVIDER,
                    "a campaign to panel groups has one text: the body must be a String or one SmsMessage");
        }
        String consentId = consentId(in);
        AccessToken token = consents.usable(consentId); // refused here, before anything is sent, when there is none
        submit(in, requests, batch -> withConsent(consentId, token, () -> api.sendCampaign(token, batch)));
    }

    /**
     * The classic API's requests: one message is Action 0 (its text to at most 1000 numbers a request); several
     * messages are one Action 1 request of a text per number (split by 1000), so they must share originator, send
     * time and İYS settings.
     */
    private List<MobildevBatch> classicBatches(List<SmsMessage> messages) {
        return messages.size() == 1 ? batches.transactional(messages) : batches.campaign(messages, null);
    }

    /** In JSON, refuses before the first request leaves what no request of the send could carry. */
    private List<MobildevBatch> jsonChecked(List<MobildevBatch> requests) {
        if (configuration.isJson()) {
            List<String> violations = requests.stream().flatMap(b -> MobildevBodies.jsonViolations(b).stream())
                    .distinct().toList();
            if (!violations.isEmpty()) {
                throw new ProviderValidationException(MobildevConstants.PROVIDER, violations);
            }
        }
        return requests;
    }

    /** A campaign call; when Mobildev refuses the token, it is forgotten, so that later calls fail before sending. */
    private <T> T withConsent(String consentId, AccessToken token, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ProviderConsentRequiredException e) {
            consents.forget(consentId, token);
            throw e;
        }
    }

    /**
     * Sends the requests in order. When one fails after others were accepted, the failure says precisely which
     * recipients were accepted, which were not sent, and which are uncertain.
     */
    private void submit(Message in, List<MobildevBatch> requests,
                        java.util.function.Function<MobildevBatch, MobildevApi.Accepted> send)
            throws InterruptedException {
        List<String> ids = new ArrayList<>();
        int recipients = 0;
        int segments = 0;
        for (int i = 0; i < requests.size(); i++) {
            MobildevBatch batch = requests.get(i);
            MobildevApi.Accepted accepted;
            try {
                accepted = send.apply(batch);
            } catch (ProviderException e) {
                if (e instanceof ProviderRateLimitException) {
                    rateLimitHeaders(in, ((ProviderRateLimitException) e).getRateLimit());
                }
                if (ids.isEmpty()) {
                    throw e;
                }
                List<String> later = requests.subList(i + 1, requests.size()).stream()
                        .flatMap(b -> b.recipients().stream()).collect(Collectors.toList());
                in.setHeader(SmsHeaders.MESSAGE_ID, ids.get(0));
                in.setHeader(SmsHeaders.MESSAGE_IDS, List.copyOf(ids));
                throw new ProviderPartiallySentException(e, ids, recipients, batch.recipients(), later);
            }
            ids.add(accepted.id());
            recipients += batch.recipientCount();
            segments = Math.max(segments, batch.segments());
            rateLimitHeaders(in, accepted.rateLimit());
        }
        SmsSendResult result = new SmsSendResult(MobildevConstants.PROVIDER, ids, recipients, segments);
        SmsHeaders.writeResult(in, result);
        in.setBody(result);
    }

    private static void rateLimitHeaders(Message in, RateLimitInfo info) {
        info.limit().ifPresent(v -> in.setHeader(MobildevConstants.RATE_LIMIT_LIMIT, v));
        info.remaining().ifPresent(v -> in.setHeader(MobildevConstants.RATE_LIMIT_REMAINING, v));
        info.resetAt().ifPresent(v -> in.setHeader(MobildevConstants.RATE_LIMIT_RESET, v));
    }

    private void authorizeUrl(Message in) {
        String consentId = consentId(in);
        String scope = Arrays.stream(configuration.getScope().split("[\\s,]+")).filter(s -> !s.isEmpty())
                .distinct().collect(Collectors.joining(" "));
        String state = consents.newState(consentId, scope);
        String base = configuration.getBaseUrl().endsWith("/")
                ? configuration.getBaseUrl().substring(0, configuration.getBaseUrl().length() - 1)
                : configuration.getBaseUrl();
        String url = base + "/oauth/authorize?client_id=" + query(configuration.getClientId()) + "&redirect_uri="
                     + query(configuration.getRedirectUri()) + "&response_type=code&scope=" + query(scope)
                     + "&state=" + query(state);
        in.setHeader(MobildevConstants.STATE, state);
        in.setHeader(MobildevConstants.CONSENT_ID, consentId);
        in.setBody(url);
    }

    private void exchangeCode(Message in) throws InterruptedException {
        Map<String, String> callback = callback(in);
        // the code is spent once exchanged, but it stays out of whatever logs or traces the message downstream
        in.removeHeader(MobildevConstants.CODE);
        in.removeHeader("code");
        for (String query : new String[] {Exchange.HTTP_QUERY, Exchange.HTTP_RAW_QUERY, Exchange.HTTP_URI,
                                          Exchange.HTTP_URL}) {
            String value = in.getHeader(query, String.class);
            if (value != null && value.contains("code=")) {
                in.removeHeader(query);
            }
        }
        // the state first: a callback this component did not start is refused whatever it carries
        String consentId = consents.takeState(callback.get("state"));
        if (callback.get("error") != null) {
            throw MobildevErrors.of(callback.get("error"), callback.get("error_description"), 0, RateLimitInfo.NONE,
                    false);
        }
        String code = callback.get("code");
        if (code == null || code.isBlank()) {
            throw new ProviderValidationException(MobildevConstants.PROVIDER, "the callback has no code: set"
                    + " CamelMobildevCode, or give the callback URL or query string as the body");
        }
        AccessToken token = api.exchangeCode(configuration.getClientId(), configuration.getClientSecret(),
                configuration.getRedirectUri(), code);
        consents.keep(consentId, token);
        in.setHeader(MobildevConstants.CONSENT_ID, consentId);
        in.setBody(new MobildevAuthorization(consentId, token.getScope(), token.getIssuedAt(), token.getExpiresAt()));
    }

    /**
     * The callback's code, state and error: from CamelMobildevCode and CamelMobildevState, else from headers named as
     * the query parameters (what platform-http makes of {@code ?code=...&state=...}), else from the body, the
     * callback URL or its query string.
     */
    private static Map<String, String> callback(Message in) {
        Map<String, String> fromBody = new LinkedHashMap<>();
        Object body = in.getBody();
        if (body instanceof String || body instanceof URI) {
            String text = body.toString().trim();
            String query = text.contains("?") ? text.substring(text.indexOf('?') + 1) : text;
            int hash = query.indexOf('#');
            for (String pair : (hash < 0 ? query : query.substring(0, hash)).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fromBody.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        result.put("code", first(in.getHeader(MobildevConstants.CODE, String.class), in.getHeader("code", String.class),
                fromBody.get("code")));
        result.put("state", first(in.getHeader(MobildevConstants.STATE, String.class),
                in.getHeader("state", String.class), fromBody.get("state")));
        result.put("error", first(in.getHeader("error", String.class), fromBody.get("error")));
        result.put("error_description", first(in.getHeader("error_description", String.class),
                fromBody.get("error_description")));
        return result;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    /** The ids to look up: CamelSmsMessageId, else the body (an id, ids separated by commas, a list, a send result). */
    private static List<String> ids(Message in) {
        Object source = in.getHeader(SmsHeaders.MESSAGE_ID);
        if (source == null) {
            source = in.getBody();
        }
        if (source instanceof SmsSendResult) {
            source = ((SmsSendResult) source).getMessageIds();
        }
        List<String> ids = new ArrayList<>();
        if (source instanceof Collection) {
            for (Object o : (Collection<?>) source) {
                ids.addAll(SmsRequests.recipients(String.valueOf(o)));
            }
        } else if (source != null) {
            ids.addAll(SmsRequests.recipients(in.getExchange().getContext().getTypeConverter().convertTo(String.class, source)));
        }
        if (ids.isEmpty()) {
            throw new ProviderValidationException(MobildevConstants.PROVIDER, "no id to look up: set CamelSmsMessageId"
                    + " or the body to the id(s) a send returned");
        }
        return ids;
    }

    private static String consentId(Message in) {
        String id = in.getHeader(MobildevConstants.CONSENT_ID, String.class);
        return id == null || id.isBlank() ? MobildevConsents.DEFAULT_CONSENT : id.trim();
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public MobildevEndpoint getEndpoint() {
        return endpoint;
    }
}
