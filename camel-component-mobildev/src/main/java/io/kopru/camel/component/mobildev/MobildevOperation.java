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

import io.kopru.camel.support.component.OperationNames;

/** The operations of a mobildev endpoint, {@code mobildev:send}, {@code mobildev:campaign-send}... */
public enum MobildevOperation {
    /** Transactional SMS, signed with the API key and secret: {@code POST /v1/transactional/send}. */
    SEND(false),
    /** Delivery reports of a transactional send: {@code GET /v1/transactional/status/{id}}. */
    STATUS(false),
    /** Campaign SMS with a person's consent (OAuth2 bearer): {@code POST /v1/campaign/send}. */
    CAMPAIGN_SEND(true),
    /** Delivery reports of a campaign: {@code GET /v1/campaign/status/{id}}. */
    CAMPAIGN_STATUS(true),
    /** The URL a person opens to authorize campaigns, with a fresh, remembered {@code state}. */
    AUTHORIZE_URL(true),
    /** Exchanges the code the person came back with for a token, kept in the token store. */
    EXCHANGE_CODE(true),
    /** Cancels a scheduled send (classic XML API, Action 6). */
    CANCEL(false);

    private final boolean oauth;

    MobildevOperation(boolean oauth) {
        this.oauth = oauth;
    }

    /** Whether it works with the OAuth2 client rather than the API key. */
    public boolean isOAuth() {
        return oauth;
    }

    @Override
    public String toString() {
        return OperationNames.uriName(this);
    }
}
