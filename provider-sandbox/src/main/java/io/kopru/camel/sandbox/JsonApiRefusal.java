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
package io.kopru.camel.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Locale;

/**
 * A JSON API's refusal of a request: the HTTP status and the provider's error code and message, thrown anywhere in a
 * simulator and written by it in the provider's error format. Also the common refusals of a JSON body: 415
 * {@code UNSUPPORTED_MEDIA_TYPE} when it is not declared {@code application/json}, 400 {@code INVALID_JSON} when it is
 * not one JSON object.
 */
public final class JsonApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public JsonApiRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /**
     * The request's body as a JSON object.
     *
     * @throws JsonApiRefusal 415 or 400, as above
     */
    public static JsonNode requireJsonObject(SandboxExchange exchange, ObjectMapper json) {
        String type = exchange.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new JsonApiRefusal(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json");
        }
        JsonNode body;
        try {
            body = json.readTree(exchange.body());
        } catch (IOException e) {
            throw new JsonApiRefusal(400, "INVALID_JSON", "The body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw new JsonApiRefusal(400, "INVALID_JSON", "The body must be a JSON object");
        }
        return body;
    }
}
