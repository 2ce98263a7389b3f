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

import io.kopru.camel.component.restlink.api.RestlinkStats;
import io.kopru.camel.sandbox.restlink.RestlinkSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's route examples, as written there, against the sandbox. */
class RestlinkReadmeExamplesTest extends RestlinkTestSupport {

    private String readme;

    @BeforeEach
    void signedCredentialsOnTheComponentAsTheReadmeShows() throws Exception {
        readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        RestlinkConfiguration configuration = context.getComponent("restlink", RestlinkComponent.class)
                .getConfiguration();
        configuration.setApiKey(RestlinkSimulator.SIGNED_API_KEY);
        configuration.setSecretKey(RestlinkSimulator.API_SECRET);
        configuration.setSignRequests(true);
    }

    private String block(String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("a " + language + " block in the README").isTrue();
        return m.group(1);
    }

    @Test
    void theYamlExampleLoadsAndSends() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("readme.yaml", block("yaml")));

        Exchange sent = ok("direct:restlink-send", "Kodunuz 1234", Map.of("phone", "0532 123 45 67"));
        assertThat(sent.getMessage().getHeader(SmsHeaders.MESSAGE_ID)).isEqualTo(restlink.acceptedMessages().get(0).id);
        assertThat(restlink.acceptedMessages().get(0).to).containsExactly("+905321234567");
        assertThat(restlink.acceptedMessages().get(0).authentication).isEqualTo("hmac");

        Exchange stats = ok("direct:restlink-stats", null, Map.of());
        assertThat(stats.getMessage().getBody(RestlinkStats.class).getPeriod()).isEqualTo("30d");
    }

    @Test
    void theJavaExampleSends() throws Exception {
        String java = block("java");
        assertThat(java).contains(".to(\"restlink:send\")", ".to(\"restlink:stats?period=30d\")");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:restlink-send")
                    .setHeader(SmsHeaders.TO, header("phone"))
                    .to("restlink:send")
                    .log("Restlink accepted ${header.CamelSmsMessageId}");

                from("direct:restlink-stats")
                    .to("restlink:stats?period=30d")
                    .log("${body}");
            }
        });
        ok("direct:restlink-send", "Merhaba", Map.of("phone", "+14155551234"));
        assertThat(restlink.acceptedMessages()).singleElement().satisfies(m -> assertThat(m.to).containsExactly("+14155551234"));
        assertThat(ok("direct:restlink-stats", null, Map.of()).getMessage().getBody(RestlinkStats.class).getLong("sent"))
                .isEqualTo(1L);
    }
}
