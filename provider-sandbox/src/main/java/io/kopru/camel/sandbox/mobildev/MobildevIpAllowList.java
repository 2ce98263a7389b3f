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
package io.kopru.camel.sandbox.mobildev;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The "IP beyaz listesi" of an API key or an OAuth client: address ranges in CIDR notation ({@code 203.0.113.0/24},
 * {@code ::1/128}) or single addresses. Every API request must come from one of them (guide §5.1).
 */
public final class MobildevIpAllowList {

    /** Loopback only, IPv4 and IPv6: what a sandbox on this machine sees. */
    public static final List<String> LOOPBACK = List.of("127.0.0.0/8", "::1/128");

    private final List<Range> ranges = new CopyOnWriteArrayList<>();

    MobildevIpAllowList(List<String> cidrs) {
        set(cidrs);
    }

    /** Replaces the list. */
    public void set(List<String> cidrs) {
        List<Range> parsed = cidrs.stream().map(Range::parse).toList();
        ranges.clear();
        ranges.addAll(parsed);
    }

    public boolean allows(String ip) {
        byte[] address;
        try {
            address = InetAddress.getByName(ip).getAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    public List<String> ranges() {
        return ranges.stream().map(r -> r.text).toList();
    }

    private static final class Range {
        final String text;
        final byte[] network;
        final int prefix;

        Range(String text, byte[] network, int prefix) {
            this.text = text;
            this.network = network;
            this.prefix = prefix;
        }

        static Range parse(String cidr) {
            String[] parts = cidr.trim().split("/", 2);
            if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an IP address range: " + cidr);
            }
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + cidr);
                }
                return new Range(cidr.trim(), network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address range: " + cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
