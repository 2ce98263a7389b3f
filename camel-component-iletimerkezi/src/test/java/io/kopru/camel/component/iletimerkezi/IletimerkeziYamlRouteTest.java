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
package io.kopru.camel.component.iletimerkezi;

import io.kopru.camel.component.iletimerkezi.api.IletimerkeziReport;
import io.kopru.camel.support.sms.DeliveryStatus;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's YAML route, loaded as a user would load it, against the sandbox. */
class IletimerkeziYamlRouteTest extends IletimerkeziTestSupport {

    @Test
    void theReadmeExampleSendsAndReports() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:routes/iletimerkezi-example.yaml"));

        Exchange sent = template.send("direct:otp", e -> {
            e.getMessage().setHeader("phone", "0532 123 45 67");
            e.getMessage().setHeader("code", "481516");
        });
        assertThat(sent.getException()).isNull();
        String id = sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class);
        assertThat(iletimerkezi.order(id).parts.get(0).text).isEqualTo("Doğrulama kodunuz: 481516");

        iletimerkezi.deliverAll();
        Exchange report = template.send("direct:report", e -> e.getMessage().setHeader(SmsHeaders.MESSAGE_ID, id));
        assertThat(report.getMessage().getBody(IletimerkeziReport.class).getReports())
                .singleElement().satisfies(r -> assertThat(r.getStatus()).isEqualTo(DeliveryStatus.DELIVERED));
    }
}
