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

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the sign token is for, sent as {@code imzaTipi}: 0 for Medula, 1 for İBYS. */
public enum SignaportSignatureType {
    /** SGK Medula (imzaTipi 0). */
    MEDULA(0),
    /** İBYS (imzaTipi 1). */
    IBYS(1);

    private final int imzaTipi;

    SignaportSignatureType(int imzaTipi) {
        this.imzaTipi = imzaTipi;
    }

    /** The value of {@code imzaTipi} in the get-token request. */
    public int imzaTipi() {
        return imzaTipi;
    }

    /**
     * Reads a header value: the enum itself, its name in any case ({@code "İBYS"} too), or the API's number 0 or 1.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SignaportSignatureType of(Object value) {
        if (value instanceof SignaportSignatureType) {
            return (SignaportSignatureType) value;
        }
        String text = value == null ? "" : value.toString().trim();
        for (SignaportSignatureType type : values()) {
            if (type.name().equalsIgnoreCase(text.replace('İ', 'I').replace('ı', 'i').toUpperCase(Locale.ROOT))
                || String.valueOf(type.imzaTipi).equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a Signaport signature type; use "
                                           + Arrays.stream(values()).map(t -> t.name() + " (" + t.imzaTipi + ")")
                                                   .collect(Collectors.joining(" or ")));
    }
}
