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

import io.kopru.camel.support.auth.InMemoryUsedTokens;
import io.kopru.camel.support.auth.UsedTokens;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.sandbox.signaport.SignaportSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (two Camel contexts) on one licence. With usedSignTokens set to the record they share (in a cluster a
 * PostgresUsedTokens; here one record in memory stands for it), a sign token Signaport hands out again is refused by
 * the node that received it second.
 */
class SignaportSharedSignTokensTest extends SignaportTestSupport {

    private final UsedTokens shared = new InMemoryUsedTokens(100);
    private CamelContext otherNode;

    @Override
    protected void configureContext(CamelContext context) {
        context.getRegistry().bind("usedSignTokens", shared);
    }

    @AfterEach
    void stopOtherNode() {
        if (otherNode != null) {
            otherNode.stop();
        }
    }

    private ProducerTemplate otherNode(boolean sharedRecord) throws Exception {
        otherNode = new DefaultCamelContext();
        SignaportComponent component = new SignaportComponent();
        component.getConfiguration().setLicenseKey(SignaportSimulator.LICENSE_KEY);
        component.getConfiguration().setPassword(SignaportSimulator.PASSWORD);
        component.getConfiguration().setSignatureType(SignaportSignatureType.MEDULA);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        if (sharedRecord) {
            component.getConfiguration().setUsedSignTokens(shared);
        }
        otherNode.getRegistry().bind("sandboxClock", clock); // the component finds it by type
        otherNode.addComponent("signaport", component);
        otherNode.start();
        return otherNode.createProducerTemplate();
    }

    @Test
    void aSignTokenHandedOutOnOneNodeIsRefusedOnTheOther() throws Exception {
        ProducerTemplate nodeB = otherNode(true);
        Exchange first = call("signaport:get-token?usedSignTokens=#usedSignTokens");
        assertThat(first.getException()).isNull();
        String token = first.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class);

        signaport.repeatNextSignToken();
        Exchange second = nodeB.send("signaport:get-token", e -> { });
        assertThat(exceptionOf(second)).isInstanceOf(ProviderUnknownErrorException.class);
        assertThat(second.getMessage().getHeader(SignaportConstants.SIGN_TOKEN)).isNull();

        Exchange third = nodeB.send("signaport:get-token", e -> { });
        assertThat(third.getException()).isNull();
        assertThat(third.getMessage().getHeader(SignaportConstants.SIGN_TOKEN, String.class)).isNotEqualTo(token);
    }

    /** Without the shared record each node remembers only its own tokens: the repeat gets through. */
    @Test
    void withoutASharedRecordTheOtherNodeCannotTell() throws Exception {
        ProducerTemplate nodeB = otherNode(false);
        Exchange first = call("signaport:get-token");
        assertThat(first.getException()).isNull();
        signaport.repeatNextSignToken();
        Exchange second = nodeB.send("signaport:get-token", e -> { });
        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getHeader(SignaportConstants.SIGN_TOKEN))
                .isEqualTo(first.getMessage().getHeader(SignaportConstants.SIGN_TOKEN));
    }
}
