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
package io.kopru.camel.support.sms;

import io.kopru.camel.support.component.ProviderConfiguration;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options every Turkish SMS provider's endpoint shares, on top of every provider's: the sender id, and the İYS
 * settings of commercial messages. An {@link SmsMessage}'s own sender, commercial flag and recipient type override
 * them, and the {@code CamelSmsSender} header overrides the sender.
 */
@UriParams
public abstract class SmsProviderConfiguration<O extends Enum<O>> extends ProviderConfiguration<O> {

    @UriParam(label = "producer",
              description = "The sender id (başlık, originator) approved for the account, at most 11 characters"
                            + " without Turkish letters. The CamelSmsSender header and an SmsMessage's own sender"
                            + " override it.")
    private String sender;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether messages are commercial and so checked against İYS consent; an SmsMessage's own"
                            + " flag overrides it. Commercial messages need iysList.")
    private boolean commercial;

    @UriParam(label = "producer", enums = "BIREYSEL,TACIR",
              description = "The İYS recipient type of commercial messages: BIREYSEL (individuals) or TACIR"
                            + " (merchants). Required when commercial is true.")
    private IysRecipientType iysList;

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public boolean isCommercial() {
        return commercial;
    }

    public void setCommercial(boolean commercial) {
        this.commercial = commercial;
    }

    public IysRecipientType getIysList() {
        return iysList;
    }

    public void setIysList(IysRecipientType iysList) {
        this.iysList = iysList;
    }
}
