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

import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.phone.PhoneNumbers;
import io.kopru.camel.support.sms.IysRecipientType;
import io.kopru.camel.support.sms.SmsMessage;
import io.kopru.camel.support.sms.SmsSegments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns SMS messages into requests Mobildev will take, refusing before anything is sent what it would refuse: an
 * invalid or non-Turkish-mobile number (each named), an empty text, a character XML cannot carry, an originator longer
 * than 11 characters or with Turkish letters, a commercial message without its İYS recipient type, and campaign
 * messages that disagree on originator, send time or İYS settings. More than 1000 recipients are split into several
 * requests of at most 1000.
 */
public final class MobildevBatchBuilder {

    public static final int MAX_NUMBERS_PER_REQUEST = 1000;
    static final int MAX_ORIGINATOR_LENGTH = 11;
    private static final Pattern TURKISH_LETTERS = Pattern.compile("[çğıöşüÇĞİÖŞÜ]");

    private final String defaultSender;
    private final boolean defaultCommercial;
    private final IysRecipientType defaultIysList;
    private final Clock clock;

    public MobildevBatchBuilder(String defaultSender, boolean defaultCommercial, IysRecipientType defaultIysList,
                                Clock clock) {
        this.defaultSender = defaultSender;
        this.defaultCommercial = defaultCommercial;
        this.defaultIysList = defaultIysList;
        this.clock = clock;
    }

    /** Transactional sends: each message its own {@code Action} 0 request(s), in order. */
    public List<MobildevBatch> transactional(List<SmsMessage> messages) {
        List<String> violations = new ArrayList<>();
        List<MobildevBatch> batches = new ArrayList<>();
        for (SmsMessage m : messages) {
            Settings s = settings(m, violations);
            checkText(m.getText(), violations);
            List<String> numbers = numbers(m, violations);
            if (numbers == null || !violations.isEmpty()) {
                continue;
            }
            int segments = SmsSegments.count(m.getText()).segments();
            for (int from = 0; from < numbers.size(); from += MAX_NUMBERS_PER_REQUEST) {
                List<MobildevBatch.Item> items = new ArrayList<>();
                for (String n : numbers.subList(from, Math.min(numbers.size(), from + MAX_NUMBERS_PER_REQUEST))) {
                    items.add(new MobildevBatch.Item(m.getText(), n));
                }
                batches.add(new MobildevBatch(0, items, List.of(), null, s.originator, s.sendAt, s.commercial, null,
                        segments));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, violations);
        }
        return batches;
    }

    /**
     * A campaign: a text per number ({@code Action} 1), every message's recipients in one list, split by 1000; the
     * messages must share originator, send time and İYS settings.
     */
    public List<MobildevBatch> campaign(List<SmsMessage> messages, String campaignName) {
        List<String> violations = new ArrayList<>();
        Settings shared = settings(messages.get(0), violations);
        List<MobildevBatch.Item> all = new ArrayList<>();
        int segments = 0;
        for (SmsMessage m : messages) {
            Settings s = m == messages.get(0) ? shared : settings(m, violations);
            if (!s.sameAs(shared)) {
                violations.add("the messages of one campaign must share originator, send time and İYS settings");
                break;
            }
            checkText(m.getText(), violations);
            List<String> numbers = numbers(m, violations);
            if (numbers != null && m.getText() != null) {
                numbers.forEach(n -> all.add(new MobildevBatch.Item(m.getText(), n)));
                segments = Math.max(segments, SmsSegments.count(m.getText()).segments());
            }
        }
        checkName(campaignName, violations);
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, violations);
        }
        List<MobildevBatch> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_NUMBERS_PER_REQUEST) {
            batches.add(new MobildevBatch(1, all.subList(from, Math.min(all.size(), from + MAX_NUMBERS_PER_REQUEST)),
                    List.of(), null, shared.originator, shared.sendAt, shared.commercial, campaignName, segments));
        }
        return batches;
    }

    /** A campaign to panel recipient groups ("segments"), which Mobildev resolves; JSON only. */
    public MobildevBatch campaignToGroups(SmsMessage message, List<String> groups, String campaignName, boolean json) {
        List<String> violations = new ArrayList<>();
        if (!json) {
            violations.add("campaigns to panel groups (CamelMobildevCampaignSegments) exist only in the JSON format;"
                           + " set format=json or send numbers");
        }
        if (!message.getTo().isEmpty()) {
            violations.add("a campaign goes either to numbers or to panel groups, not both");
        }
        if (groups.stream().anyMatch(g -> g == null || g.isBlank())) {
            violations.add("a panel group name is empty");
        }
        Settings s = settings(message, violations);
        checkText(message.getText(), violations);
        checkName(campaignName, violations);
        if (!violations.isEmpty()) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, violations);
        }
        return new MobildevBatch(1, List.of(), groups, message.getText(), s.originator, s.sendAt, s.commercial,
                campaignName, SmsSegments.count(message.getText()).segments());
    }

    private static void checkName(String campaignName, List<String> violations) {
        if (campaignName != null && campaignName.isBlank()) {
            violations.add("the campaign name is blank");
        }
    }

    private static List<String> numbers(SmsMessage m, List<String> violations) {
        try {
            return PhoneNumbers.normalize(MobildevErrors.PROVIDER, m.getTo(), PhoneNumbers.Scope.TURKISH_MOBILE,
                    PhoneNumbers.Style.NATIONAL);
        } catch (ProviderValidationException e) {
            violations.addAll(e.getViolations());
            return null;
        }
    }

    static void checkText(String text, List<String> violations) {
        if (text == null || text.isEmpty()) {
            violations.add("the text is empty");
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                i++;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok) {
                violations.add(String.format("the text has a character no SMS or XML can carry (U+%04X at %d)",
                        (int) c, i));
                return;
            }
        }
    }

    private Settings settings(SmsMessage m, List<String> violations) {
        String sender = m.getSender() != null ? m.getSender() : defaultSender;
        boolean commercial = m.getCommercial() != null ? m.getCommercial() : defaultCommercial;
        IysRecipientType type = m.getRecipientType() != null ? m.getRecipientType() : defaultIysList;
        if (sender != null && !sender.isEmpty()) {
            if (sender.length() > MAX_ORIGINATOR_LENGTH) {
                violations.add("originator '" + sender + "' is longer than " + MAX_ORIGINATOR_LENGTH + " characters");
            } else if (TURKISH_LETTERS.matcher(sender).find()) {
                violations.add("originator '" + sender + "' has Turkish letters, which originators may not");
            }
        }
        if (commercial && type == null) {
            violations.add("a commercial message needs its İYS recipient type (iysList BIREYSEL or TACIR)");
        }
        Instant sendAt = m.getSendAt() != null && m.getSendAt().isAfter(clock.instant()) ? m.getSendAt() : null;
        return new Settings(sender == null ? "" : sender, sendAt, commercial ? type : null);
    }

    private static final class Settings {
        final String originator;
        final Instant sendAt;
        final IysRecipientType commercial;

        Settings(String originator, Instant sendAt, IysRecipientType commercial) {
            this.originator = originator;
            this.sendAt = sendAt;
            this.commercial = commercial;
        }

        boolean sameAs(Settings o) {
            return originator.equals(o.originator) && Objects.equals(sendAt, o.sendAt) && commercial == o.commercial;
        }
    }
}
