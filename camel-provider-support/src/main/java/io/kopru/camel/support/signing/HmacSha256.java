package io.kopru.camel.support.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 with a shared secret, hex encoded in lower case, over the UTF-8 bytes of a canonical string each
 * provider defines. Thread-safe: each thread signs with its own {@link Mac}.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private final ThreadLocal<Mac> mac;

    public HmacSha256(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("an HMAC secret is required");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        init(key); // fail now, not on the first message, if the JVM lacks the algorithm
        this.mac = ThreadLocal.withInitial(() -> init(key));
    }

    private static Mac init(SecretKeySpec key) {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public String signHex(String payload) {
        return signHex(payload.getBytes(StandardCharsets.UTF_8));
    }

    public String signHex(byte[] payload) {
        return HexFormat.of().formatHex(mac.get().doFinal(payload));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "HmacSha256[secret=xxxxxx]";
    }
}
