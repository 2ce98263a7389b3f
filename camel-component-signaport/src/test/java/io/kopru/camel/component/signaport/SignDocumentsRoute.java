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

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL example of the README, as it is there. */
public class SignDocumentsRoute extends RouteBuilder {

    @Override
    public void configure() {
        // README:begin
        from("direct:sign-document").routeId("sign-document")
                // keep the document: get-token replaces the body with the token
                .setVariable("document", body())
                // a new sign token for this document, never one used before; stay under Signaport's 10 a minute
                .to("signaport:get-token?signatureType=MEDULA&rateLimit=10&rateLimitPeriod=60000")
                .setBody(variable("document"))
                // refuse the token if it is past its 5 minutes by now, before it is used
                .process(new SignaportSignTokenGuard())
                // the token is in the CamelSignaportSignToken header, the document in the body
                .to("{{signing.endpoint}}");
        // README:end
    }
}
