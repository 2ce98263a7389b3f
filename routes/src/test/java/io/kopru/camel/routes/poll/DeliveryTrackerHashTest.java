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
package io.kopru.camel.routes.poll;

import io.kopru.camel.support.sms.SmsMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content hash of a send is what the attempt records of earlier versions hold (SHA-256 over each message's numbers
 * joined with commas, a newline, its text and a zero byte), so a retry after an upgrade is still recognised.
 */
class DeliveryTrackerHashTest {

    @Test
    void isTheHashOfTheJoinedNumbersAndTheText() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            numbers.add("+90532" + (1000000 + i));
        }
        SmsMessage batch = SmsMessage.builder().to(numbers).text("Kampanya: kargo bedava").build();
        SmsMessage single = SmsMessage.builder().to("+905321234567").text("Merhaba dünya").build();

        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (SmsMessage m : List.of(batch, single)) {
            digest.update(String.join(",", m.getTo()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(m.getText().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        assertThat(DeliveryTracker.hash(List.of(batch, single))).isEqualTo(HexFormat.of().formatHex(digest.digest()));
        assertThat(DeliveryTracker.hash(List.of(single, batch))).isNotEqualTo(DeliveryTracker.hash(List.of(batch, single)));
    }
}
