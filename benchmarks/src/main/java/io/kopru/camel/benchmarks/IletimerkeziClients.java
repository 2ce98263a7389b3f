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
package io.kopru.camel.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kopru.camel.component.iletimerkezi.IletimerkeziComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What the iletiMerkezi benchmarks' clients share: the JSON a hand-written client posts and reads, and a Camel context
 * with the component and the camel-http route ({@code direct:camel-http}) that users write without it.
 */
final class IletimerkeziClients {

    static final String KEY = "bench-key-4be1";
    static final String HASH = "bench-hash-77c9d0";
    static final String TO = "+905321234567";

    private static final ObjectMapper JSON = new ObjectMapper();

    private IletimerkeziClients() {
    }

    /** The send request a hand-written client builds: the key and hash in the body, one number, one text. */
    static byte[] requestBody(String text) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode request = root.putObject("request");
        request.putObject("authentication").put("key", KEY).put("hash", HASH);
        ObjectNode order = request.putObject("order");
        order.put("sender", "ACME").put("sendDateTime", "").put("iys", "0");
        ObjectNode message = order.putObject("message");
        message.put("text", text);
        message.putObject("receipents").putArray("number").add(TO);
        return JSON.writeValueAsBytes(root);
    }

    /** The order id of an answer; refuses an answer whose status is not 200. */
    static String orderId(byte[] response) throws Exception {
        JsonNode r = JSON.readTree(response).path("response");
        if (r.path("status").path("code").asInt() != 200) {
            throw new IllegalStateException("refused: " + r.path("status"));
        }
        return r.path("order").path("id").asText();
    }

    /** A started context: the component ({@code iletimerkezi:send-sms}) and the camel-http route, both at {@code base}. */
    static CamelContext camel(String base) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        IletimerkeziComponent component = new IletimerkeziComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setSecretKey(HASH);
        component.getConfiguration().setBaseUrl(base);
        component.getConfiguration().setSender("ACME");
        camel.addComponent("iletimerkezi", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the hand-written way: build the body with the credentials, post it, read the id
                from("direct:camel-http")
                        .process(e -> e.getMessage().setBody(requestBody(e.getMessage().getBody(String.class))))
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json; charset=utf-8"))
                        .to(base + "/v1/send-sms/json?throwExceptionOnFailure=false")
                        .process(e -> e.getMessage().setBody(orderId(e.getMessage().getBody(byte[].class))));
            }
        });
        camel.start();
        return camel;
    }
}
