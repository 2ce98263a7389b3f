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
package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.sms.IysRecipientType;

import java.time.Instant;
import java.util.List;

/**
 * One request's worth of messages, validated and ready to write: {@code Action} 0 (one text to at most 1000 numbers,
 * transactional) or 1 (a text per number, campaign), or a campaign to panel groups. Numbers are in Mobildev's
 * national form {@code 5XXXXXXXXX}.
 */
public final class MobildevBatch {

    /** One text to one number. */
    public static final class Item {
        final String text;
        final String number;

        Item(String text, String number) {
            this.text = text;
            this.number = number;
        }
    }

    final int action;
    final List<Item> items;
    final List<String> groups;
    final String groupText;
    final String originator;
    final Instant sendAt;
    final IysRecipientType commercialRecipients;
    final String campaignName;
    final int segments;

    MobildevBatch(int action, List<Item> items, List<String> groups, String groupText, String originator,
                  Instant sendAt, IysRecipientType commercialRecipients, String campaignName, int segments) {
        this.action = action;
        this.items = List.copyOf(items);
        this.groups = List.copyOf(groups);
        this.groupText = groupText;
        this.originator = originator;
        this.sendAt = sendAt;
        this.commercialRecipients = commercialRecipients;
        this.campaignName = campaignName;
        this.segments = segments;
    }

    /** The numbers, in order. */
    public List<String> recipients() {
        return items.stream().map(i -> i.number).toList();
    }

    public int recipientCount() {
        return items.size();
    }

    /** SMS parts per recipient, the longest text's. */
    public int segments() {
        return segments;
    }

    /** The distinct texts, for the encoding. */
    List<String> texts() {
        return groups.isEmpty() ? items.stream().map(i -> i.text).distinct().toList() : List.of(groupText);
    }
}
