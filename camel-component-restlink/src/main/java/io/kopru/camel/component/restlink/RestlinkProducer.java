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
package io.kopru.camel.component.restlink;

import io.kopru.camel.component.restlink.api.RestlinkApi;
import io.kopru.camel.component.restlink.api.RestlinkSmsRequest;
import io.kopru.camel.component.restlink.api.RestlinkStats;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.component.ProviderProducer;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.health.ProviderHealthCheck;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsRequests;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls one Restlink operation per exchange. */
public class RestlinkProducer extends ProviderProducer {

    private final RestlinkEndpoint endpoint;
    private final RestlinkConfiguration configuration;
    private final RestlinkOperation operation;
    private RestlinkApi api;

    public RestlinkProducer(RestlinkEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.operation = configuration.getOperation();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        api = new RestlinkApi(http(), endpoint.getBaseUrl(), configuration.getAuthMode(), configuration.getApiKey(),
                configuration.getSecretKey(), ((RestlinkComponent) endpoint.getComponent()).session(endpoint),
                Duration.ofMillis(configuration.getRateLimitMaxWait()));
    }

    /** The stats of the configured period: no side effect, and it proves the credentials. */
    @Override
    protected ProviderHealthCheck.Probe healthProbe() {
        return () -> {
            RestlinkStats stats = api.stats(configuration.getPeriod());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("stats.period", stats.getPeriod());
            details.put("auth.mode", configuration.getAuthMode().name());
            return details;
        };
    }

    @Override
    protected boolean isSmsSend() {
        return operation == RestlinkOperation.SEND;
    }

    @Override
    protected void processOperation(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        switch (operation) {
            case SEND: {
                RestlinkSmsRequest request = RestlinkSmsRequest.of(SmsRequests.read(RestlinkConstants.PROVIDER, in),
                        configuration.getSender()); // refuses bad input before anything is sent
                SmsSendResult result = api.send(request);
                SmsHeaders.writeResult(in, result);
                in.setBody(result);
                break;
            }
            case STATS: {
                String period = in.getHeader(RestlinkConstants.PERIOD, configuration.getPeriod(), String.class);
                if (!RestlinkEndpoint.PERIODS.contains(period)) {
                    throw new ProviderValidationException(RestlinkConstants.PROVIDER,
                            "period '" + period + "' is none of 1d, 7d, 30d, 90d");
                }
                in.setBody(api.stats(period));
                break;
            }
            case LOGIN: {
                AccessToken token = api.login();
                in.setHeader(RestlinkConstants.TOKEN_EXPIRES_AT, token.getExpiresAt());
                in.setBody(token);
                break;
            }
            default:
                throw new IllegalStateException("unhandled operation " + operation);
        }
    }

    @Override
    public RestlinkEndpoint getEndpoint() {
        return endpoint;
    }
}
