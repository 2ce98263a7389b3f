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
package io.kopru.camel.support.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The source addresses a webhook accepts calls from: IPv4 or IPv6 addresses and CIDR ranges
 * ({@code 203.0.113.10, 198.51.100.0/24, 2001:db8::/32}). Only literal addresses are taken, never host names, so that
 * building the list never asks DNS. An empty list allows every address.
 */
public final class WebhookSourceAllowList {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private final List<byte[]> networks = new ArrayList<>();
    private final List<Integer> prefixes = new ArrayList<>();

    private WebhookSourceAllowList() {
    }

    /**
     * @param list comma-separated addresses and CIDR ranges; null or blank allows every address
     * @throws IllegalArgumentException naming the first entry that is not a literal address or range
     */
    public static WebhookSourceAllowList parse(String list) {
        WebhookSourceAllowList allowed = new WebhookSourceAllowList();
        if (list == null || list.isBlank()) {
            return allowed;
        }
        for (String raw : list.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR range");
            }
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("'" + entry + "' has no valid prefix length");
                }
            }
            allowed.networks.add(bytes);
            allowed.prefixes.add(prefix);
        }
        return allowed;
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    /** Whether a caller at {@code address} (a literal IP address, without a port) may call. */
    public boolean allows(String address) {
        if (networks.isEmpty()) {
            return true;
        }
        byte[] bytes = address == null ? null : literal(address);
        if (bytes == null) {
            return false;
        }
        for (int i = 0; i < networks.size(); i++) {
            if (within(bytes, networks.get(i), prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(byte[] address, byte[] network, int prefix) {
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
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    /** The address's bytes (an IPv4-mapped IPv6 address as IPv4), or null when it is not a literal address. */
    static byte[] literal(String address) {
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        // checked to be a literal first: InetAddress.getByName would ask DNS about anything else
        if (!IPV4.matcher(a).matches() && !isIpv6Literal(a)) {
            return null;
        }
        try {
            return InetAddress.getByName(a).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isIpv6Literal(String a) {
        if (a.length() < 2 || a.length() > 45 || a.indexOf(':') < 0) {
            return false;
        }
        String hex = a;
        int groups = 0;
        int lastColon = a.lastIndexOf(':');
        if (a.indexOf('.') > lastColon) {
            // an embedded IPv4 tail counts as two groups
            if (!IPV4.matcher(a.substring(lastColon + 1)).matches()) {
                return false;
            }
            hex = a.substring(0, lastColon + 1) + "0";
            groups = 1;
        }
        int compressed = hex.indexOf("::");
        if (compressed >= 0 && hex.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        String[] parts = (compressed >= 0 ? hex.replace("::", ":x:") : hex).split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if ("x".equals(part) || (part.isEmpty() && compressed >= 0 && (i == 0 || i == parts.length - 1))) {
                continue;
            }
            if (!HEX_GROUP.matcher(part).matches()) {
                return false;
            }
            groups++;
        }
        return compressed >= 0 ? groups <= 7 : groups == 8;
    }

    @Override
    public String toString() {
        return networks.isEmpty() ? "any address" : networks.size() + " address range(s)";
    }
}
