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

import org.apache.camel.builder.RouteBuilder;

/** The README's Java DSL example, compiled and run by {@link MobildevReadmeExamplesTest}. */
public class MobildevReadmeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // README-BEGIN
        from("direct:otp").routeId("mobildev-otp")
                .to("mobildev:send?rateLimit=5000&rateLimitPeriod=60000")
                .log("Mobildev accepted ${header.CamelSmsMessageId}");

        from("direct:mobildev-authorize").routeId("mobildev-authorize")
                .to("mobildev:authorize-url");

        // carries the authorization code until exchange-code has used it: not traced
        from("platform-http:/oauth/callback").routeId("mobildev-callback").noTracing()
                .to("mobildev:exchange-code")
                .setBody(simple("Yetkilendirme başarılı (${body.scope})"));

        from("direct:campaign").routeId("mobildev-campaign")
                .to("mobildev:campaign-send?rateLimit=10000&rateLimitPeriod=3600000");
        // README-END
    }
}
