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
package io.kopru.camel.component.brokerage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.kopru.camel.component.brokerage.api.BrokerageApi;
import io.kopru.camel.component.brokerage.api.BrokerageSession;
import io.kopru.camel.support.auth.AccessToken;
import io.kopru.camel.support.component.ProviderProducer;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.health.ProviderHealthCheck;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.json.ProviderJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes one Integration API call per exchange. The path and method come from the headers, else the options; a body
 * passes through as JSON (a {@code String}, bytes or a stream as they are, checked to be JSON; any other object written
 * by Jackson); the answer's body comes back as a {@code String}.
 */
public class BrokerageProducer extends ProviderProducer {

    private final BrokerageEndpoint endpoint;
    private final BrokerageConfiguration configuration;
    private BrokerageSession session;
    private BrokerageApi api;

    public BrokerageProducer(BrokerageEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session = ((BrokerageComponent) endpoint.getComponent()).session(endpoint);
        api = new BrokerageApi(http(), endpoint.getBaseUrl(), session);
    }

    /** A valid access token (authenticating or refreshing when needed) proves the credentials, and changes nothing. */
    @Override
    protected ProviderHealthCheck.Probe healthProbe() {
        return () -> {
            AccessToken token = session.tokens().get();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("token.expiresAt", String.valueOf(token.getExpiresAt()));
            return details;
        };
    }

    @Override
    protected void processOperation(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String path = in.getHeader(BrokerageConstants.PATH, configuration.getPath(), String.class);
        if (path == null) {
            throw new ProviderValidationException(BrokerageConstants.PROVIDER,
                    "no path: set the path option or the CamelBrokeragePath header (e.g. /orders)");
        }
        path = BrokeragePaths.check(path);
        String method = BrokeragePaths.method(in.getHeader(BrokerageConstants.HTTP_METHOD, configuration.getHttpMethod(),
                String.class));
        byte[] body = "GET".equals(method) || "DELETE".equals(method) ? null : jsonBody(in);

        ProviderHttpResponse response = api.call(method, path, body);

        in.removeHeader(BrokerageConstants.PATH);
        in.removeHeader(BrokerageConstants.HTTP_METHOD);
        in.setHeader(BrokerageConstants.HTTP_RESPONSE_CODE, response.status());
        String contentType = response.header("Content-Type");
        if (contentType != null) {
            in.setHeader(BrokerageConstants.CONTENT_TYPE, contentType);
        } else {
            in.removeHeader(BrokerageConstants.CONTENT_TYPE);
        }
        in.setBody(response.body().length == 0 ? null : response.bodyAsString());
    }

    /** The body as JSON bytes, or null for none; refuses, before sending, text that is not JSON. */
    private static byte[] jsonBody(Message in) throws IOException {
        Object body = in.getBody();
        if (body == null) {
            return null;
        }
        byte[] bytes;
        if (body instanceof String) {
            bytes = ((String) body).getBytes(StandardCharsets.UTF_8);
        } else if (body instanceof byte[]) {
            bytes = (byte[]) body;
        } else if (body instanceof InputStream) {
            bytes = ((InputStream) body).readAllBytes();
        } else {
            try {
                return ProviderJson.mapper().writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new ProviderValidationException(BrokerageConstants.PROVIDER,
                        "the body, a " + body.getClass().getName() + ", cannot be written as JSON: "
                                                                   + e.getOriginalMessage());
            }
        }
        if (bytes.length == 0) {
            return null;
        }
        try {
            // the whole document: a truncated body, or one with something after the JSON, is refused too
            JsonNode tree = ProviderJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                return null; // only white space
            }
        } catch (JsonProcessingException e) {
            // the location only: the parser's own message quotes the body, which may hold personal data
            JsonLocation at = e.getLocation();
            throw new ProviderValidationException(BrokerageConstants.PROVIDER, "the body is not JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        return bytes;
    }

    @Override
    public BrokerageEndpoint getEndpoint() {
        return endpoint;
    }
}
