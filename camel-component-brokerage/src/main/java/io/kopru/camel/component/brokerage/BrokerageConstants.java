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

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/** The headers the brokerage component reads and writes. */
public final class BrokerageConstants {

    public static final String PROVIDER = "brokerage";

    @Metadata(label = "producer", javaType = "String",
              description = "In: the path of the call relative to /api/v1/integration (e.g. /orders/42, a query"
                            + " string allowed); overrides the path option. Removed after the call, so that the next"
                            + " call of the route does not inherit it.")
    public static final String PATH = "CamelBrokeragePath";

    @Metadata(label = "producer", javaType = "String",
              description = "In: the HTTP method (GET, POST, PUT, PATCH, DELETE); overrides the httpMethod option."
                            + " Removed after the call. A route fed by an HTTP consumer carries the incoming request's"
                            + " method in this header: remove it (removeHeaders(\"CamelHttp*\")) before calling.")
    public static final String HTTP_METHOD = Exchange.HTTP_METHOD;

    @Metadata(label = "producer", javaType = "Integer",
              description = "Out: the HTTP status the Integration API answered (2xx; other statuses are errors).")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    @Metadata(label = "producer", javaType = "String", description = "Out: the Content-Type of the answer.")
    public static final String CONTENT_TYPE = Exchange.CONTENT_TYPE;

    private BrokerageConstants() {
    }
}
