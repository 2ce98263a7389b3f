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

/**
 * How a text travels over SMS, and so how many characters fit in one part. The limits are in septets (GSM-7) or
 * UTF-16 code units (UCS-2); a concatenated part loses room to its user data header.
 */
public enum SmsEncoding {
    /** The GSM 03.38 default alphabet; extension-table characters ({@code € [ ] { } ^ ~ | \}) cost two septets. */
    GSM7(160, 153),
    /**
     * The default alphabet plus the Turkish national single shift table ({@code ç ğ Ğ ı İ ş Ş €} cost two septets); the
     * shift-table indicator in the header costs 5 septets, so 155 fit alone and 149 per concatenated part.
     */
    GSM7_TURKISH(155, 149),
    /** Anything else: UTF-16, an emoji costs two units. */
    UCS2(70, 67);

    private final int singleLimit;
    private final int partLimit;

    SmsEncoding(int singleLimit, int partLimit) {
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
    }

    /** Units (septets or UTF-16 code units) that fit in a message sent as one part. */
    public int singleLimit() {
        return singleLimit;
    }

    /** Units that fit in each part of a concatenated message. */
    public int partLimit() {
        return partLimit;
    }
}
